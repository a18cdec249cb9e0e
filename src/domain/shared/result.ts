/** Expected failures travel as values with a stable code, never as thrown strings. */
export interface Failure<Code extends string = string> {
  readonly ok: false;
  readonly code: Code;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T, Code extends string = string> = Success<T> | Failure<Code>;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });

export const fail = <Code extends string>(
  code: Code,
  message: string,
  details?: Record<string, unknown>,
): Failure<Code> => (details === undefined ? { ok: false, code, message } : { ok: false, code, message, details });
