/** Continuous feedback, praise, feedback requests and their responses, on the restricted review containers. */
export interface FeedbackRepository {}
