import type { DocumentKind } from '../../../domain/performance/document-kinds.js';
import type { ReviewPacket } from '../../../domain/performance/reviews/review-packet.js';
import { fail, ok, type Result } from '../../../domain/shared/result.js';
import type { AccessGuard } from '../access-guard.js';
import type { PerformanceDeps } from '../performance-deps.js';
import { loadPacket, mayWrite, packetContext, packetNotFound, requireWrite, type PacketContext } from './packet-access.js';

export const MAX_WRITE_ATTEMPTS = 30;

/** Small random pause so concurrent writers do not retry in lock step. */
export const jitter = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, 1 + attempt)));

export type MutationFailure = 'PERF.NOT_FOUND' | 'PERF.FORBIDDEN' | 'PERF.WRONG_PHASE' | 'PERF.REVISION_MISMATCH' | 'PERF.WRITE_CONTENTION';

export interface PacketChange {
  readonly kind: DocumentKind;
  /** The revision the caller saw (If-Match); a packet that moved since is refused. */
  readonly ifMatch?: number | undefined;
  /**
   * Which phase the policy judges the write in: the packet's own (default), or the cycle's, for
   * cycle-level operations such as releasing (so releasing a released packet again is harmless).
   */
  readonly judgeBy?: 'packet' | 'cycle';
  /** Extra checks after the policy allowed the write (e.g. "only the subject nominates"). */
  readonly precondition?: (ctx: PacketContext, guard: AccessGuard) => Result<void, MutationFailure> | Promise<Result<void, MutationFailure>>;
}

/**
 * Changes one packet under the policy: read, ask the policy for a write of `kind` in the packet's
 * phase, apply the pure domain change, replace with the ETag. Someone else's concurrent write (the
 * subject and the manager share a packet) is retried on a fresh read, unless the caller named a
 * revision, which is then stale (412). A change that returns the packet unchanged writes nothing.
 */
export async function mutatePacket<C extends string>(
  deps: PerformanceDeps,
  guard: AccessGuard,
  packetId: string,
  change: PacketChange,
  apply: (ctx: PacketContext) => Result<ReviewPacket, C> | Promise<Result<ReviewPacket, C>>,
): Promise<Result<PacketContext, C | MutationFailure>> {
  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
    const ctx = await loadPacket(deps, guard, packetId, change.kind);
    if (!ctx) return packetNotFound();
    const state = change.judgeBy === 'cycle' ? { ...ctx.state, phase: ctx.cycle.phase } : ctx.state;
    // The decision is recorded once; a retry re-asks the policy and records only a changed answer.
    if (attempt === 1 || !(await mayWrite(guard, change.kind, ctx.facts, state))) {
      const allowed = await requireWrite(guard, change.kind, ctx.facts, state);
      if (!allowed.ok) return allowed;
    }
    if (change.precondition) {
      const pre = await change.precondition(ctx, guard);
      if (!pre.ok) return pre;
    }
    if (change.ifMatch !== undefined && change.ifMatch !== ctx.packet.revision) {
      return fail('PERF.REVISION_MISMATCH', 'The review changed since you loaded it', { revision: ctx.packet.revision });
    }
    const changed = await apply(ctx);
    if (!changed.ok) return changed;
    if (changed.value.revision === ctx.packet.revision) return ok(ctx);
    const written = await deps.reviews.replacePacket(changed.value, ctx.etag);
    if (written.ok) return ok(packetContext(ctx.cycle, written.value));
    if (written.code === 'STORE.NOT_FOUND') return packetNotFound();
    if (change.ifMatch !== undefined) return fail('PERF.REVISION_MISMATCH', 'The review changed since you loaded it');
    await jitter(attempt);
  }
  return fail('PERF.WRITE_CONTENTION', 'The review is being changed by someone else; try again');
}
