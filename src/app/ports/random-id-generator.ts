import { randomBytes } from 'node:crypto';
import type { IdGenerator } from './id-generator.js';

/** 12 base-36 characters from 64 random bits: collisions are not a practical concern. */
export const randomIdGenerator: IdGenerator = {
  unique: () => randomBytes(8).readBigUInt64BE().toString(36).padStart(13, '0').slice(-12),
};
