import { decide, type Decision, type PolicyState } from '../../domain/performance/access-policy.js';
import type { AuditEntry } from '../../domain/performance/audit-record.js';
import type { AccessAction, DocumentKind } from '../../domain/performance/document-kinds.js';
import type { PerformanceErrorCode } from '../../domain/performance/performance-error-codes.js';
import type { PolicyDocument, PolicySubject } from '../../domain/performance/relationships.js';
import type { Person } from '../../domain/people/person.js';
import { fail, ok, type Failure, type Result } from '../../domain/shared/result.js';
import type { RequestContext } from '../request-context.js';
import type { PerformanceDeps } from './performance-deps.js';

/** A stored document as the policy sees it: its id and the facts stored with it. */
export interface GuardedDocument extends PolicyDocument {
  readonly id: string;
}

export const NO_PHASE: PolicyState = { phase: null };

export const notFound = (what = 'That'): Failure<'PERF.NOT_FOUND'> => fail('PERF.NOT_FOUND', `${what} does not exist or is not visible to you`);

/**
 * Asks the access policy and remembers every decision, so that the operation leaves one audit
 * record of everything it read or wrote (allowed or denied).
 */
export class AccessGuard {
  private readonly entries: AuditEntry[] = [];
  private readonly subjects = new Map<string, PolicySubject | null>();

  constructor(
    private readonly deps: PerformanceDeps,
    readonly ctx: RequestContext,
    readonly operation: string,
  ) {}

  get actor(): Person {
    return this.ctx.actor;
  }

  /** The subject as the directory knows them now (cached per operation); null when unknown in this tenant. */
  async subject(subjectId: string): Promise<PolicySubject | null> {
    if (!this.subjects.has(subjectId)) {
      const person = await this.deps.directory.getPerson(this.ctx.actor.tenantId, subjectId);
      this.subjects.set(subjectId, person ? { tenantId: person.tenantId, id: person.id, managerId: person.managerId, managerChain: person.managerChain } : null);
    }
    return this.subjects.get(subjectId) ?? null;
  }

  /** Subjects the operation has loaded already (e.g. a whole tenant's directory), so checks need no read each. */
  knowSubjects(people: readonly Person[]): void {
    for (const p of people) {
      if (p.tenantId === this.ctx.actor.tenantId) this.subjects.set(p.id, { tenantId: p.tenantId, id: p.id, managerId: p.managerId, managerChain: p.managerChain });
    }
  }

  /** Decides and records. Documents of unknown subjects are concealed. */
  async check(action: AccessAction, kind: DocumentKind, document: GuardedDocument, state: PolicyState = NO_PHASE): Promise<Decision> {
    const subject = await this.subject(document.subjectId);
    const decision: Decision = subject
      ? decide(this.actor, action, kind, subject, document, state)
      : { allow: false, reason: 'unknown subject', conceal: true };
    this.entries.push({ action, kind, documentId: document.id, subjectId: document.subjectId, allow: decision.allow, reason: decision.reason });
    return decision;
  }

  async allows(action: AccessAction, kind: DocumentKind, document: GuardedDocument, state: PolicyState = NO_PHASE): Promise<boolean> {
    return (await this.check(action, kind, document, state)).allow;
  }

  /** Ok, or the failure to return: 404 when the caller may not know the document exists, else 403. */
  async require(
    action: AccessAction,
    kind: DocumentKind,
    document: GuardedDocument,
    state: PolicyState = NO_PHASE,
  ): Promise<Result<void, Extract<PerformanceErrorCode, 'PERF.NOT_FOUND' | 'PERF.FORBIDDEN'>>> {
    const decision = await this.check(action, kind, document, state);
    if (decision.allow) return ok(undefined);
    return decision.conceal ? notFound() : fail('PERF.FORBIDDEN', `You may not do that: ${decision.reason}`);
  }

  /** Records a concealed miss (an id that matched nothing), so probing leaves a trace too. */
  recordMiss(action: AccessAction, kind: DocumentKind, documentId: string, subjectId: string): void {
    this.entries.push({ action, kind, documentId, subjectId, allow: false, reason: 'no such document' });
  }

  get recorded(): readonly AuditEntry[] {
    return this.entries;
  }

  async flush(): Promise<void> {
    if (this.entries.length === 0) return;
    const entries = this.entries.splice(0);
    const at = this.deps.clock.now();
    await this.deps.audit.append({
      id: `au${at.getTime().toString(36)}${this.deps.ids.unique()}`,
      tenantId: this.actor.tenantId,
      at: at.toISOString(),
      actorId: this.actor.id,
      operation: this.operation,
      subjectIds: [...new Set(entries.map((e) => e.subjectId))],
      entries,
    });
  }
}

/**
 * Runs a performance-management operation under the policy and always appends its audit record,
 * whether it succeeded, was denied or failed half-way.
 */
export async function guarded<T>(deps: PerformanceDeps, ctx: RequestContext, operation: string, run: (guard: AccessGuard) => Promise<T>): Promise<T> {
  const guard = new AccessGuard(deps, ctx, operation);
  try {
    return await run(guard);
  } finally {
    await guard.flush();
  }
}
