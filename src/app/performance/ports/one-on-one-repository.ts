/** 1:1s per manager-report pair and their private notes, on the restricted review containers. */
export interface OneOnOneRepository {}
