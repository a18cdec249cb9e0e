import type { Request } from 'express';
import type { DirectoryRepository } from '../../app/ports/directory-repository.js';
import { isErased, type Person } from '../../domain/people/person.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { IdentityResolver } from './identity-resolver.js';
import { bearerTokenFrom, type SsoTokenValidator } from './sso-token-validator.js';

/** Azure mode: the caller is the person named by a valid Teams SSO token, looked up in their own tenant. */
export class SsoIdentityResolver implements IdentityResolver {
  constructor(
    private readonly validator: SsoTokenValidator,
    private readonly directory: DirectoryRepository,
    private readonly onRejected: (code: string, message: string) => void = () => undefined,
  ) {}

  async resolve(request: Request): Promise<Result<Person, string>> {
    const token = bearerTokenFrom(request.header('authorization'));
    if (token === null) return fail('AUTH.TOKEN_MISSING', 'Sign in through Teams: no bearer token was sent');
    const verified = await this.validator.validate(token);
    if (!verified.ok) {
      this.onRejected(verified.code, verified.message);
      return verified;
    }
    const person = await this.directory.getPerson(verified.value.tenantId, verified.value.userId);
    if (person && isErased(person)) return fail('AUTH.UNKNOWN_USER', 'This account was erased from Tandem');
    return person ? ok(person) : fail('AUTH.UNKNOWN_USER', 'Your account is not in the Tandem directory yet; ask your admin to sync it');
  }
}
