/** Unique lower-case alphanumeric suffixes for new ids. */
export interface IdGenerator {
  unique(): string;
}
