/** The little the pipeline logs through; a pino Logger fits. */
export interface PipelineLogger {
  debug(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

export const silentLogger: PipelineLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
