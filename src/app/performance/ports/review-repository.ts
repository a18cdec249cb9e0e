/** Review cycles, review packets and peer responses, on the restricted review containers. */
export interface ReviewRepository {}
