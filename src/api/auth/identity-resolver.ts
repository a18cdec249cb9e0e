import type { Request } from 'express';
import type { Person } from '../../domain/people/person.js';
import type { Result } from '../../domain/shared/result.js';

/** Decides who is calling. Local mode: the dev header; azure mode: a validated Teams SSO token. */
export interface IdentityResolver {
  resolve(request: Request): Promise<Result<Person, string>>;
}
