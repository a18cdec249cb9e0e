import type { Person } from '../domain/people/person.js';

/** Who is acting. The tenant is always the actor's: no request can name another. */
export interface RequestContext {
  readonly actor: Person;
}
