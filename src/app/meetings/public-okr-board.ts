import type { ConfidenceBand } from '../../domain/okr/confidence.js';
import type { KeyResultSpec } from '../../domain/okr/key-result.js';
import type { ObjectiveLevel, ObjectiveOwner } from '../../domain/okr/objective.js';
import { fail, ok, type Result } from '../../domain/shared/result.js';
import type { ObjectiveFilter } from '../ports/goals-repository.js';
import type { RequestContext } from '../request-context.js';
import { toObjectiveView, type KeyResultView } from '../okr/objective-view.js';
import type { OkrDeps } from '../okr/okr-deps.js';
import { listActiveCycles } from '../okr/owned-key-results.js';

/** Whose board: a person (the objectives they take part in), a team, or the company level. */
export type BoardSubject = { readonly kind: 'person'; readonly id: string } | { readonly kind: 'team'; readonly id: string } | { readonly kind: 'company' };

export interface PublicCheckIn {
  readonly at: string;
  readonly authorId: string;
  readonly value: number;
  readonly confidence: number;
  readonly note: string;
}

export interface PublicKeyResult {
  readonly id: string;
  readonly title: string;
  readonly ownerId: string;
  readonly spec: KeyResultSpec;
  readonly current: number | null;
  readonly progress: number;
  readonly confidence: number | null;
  readonly confidenceBand: ConfidenceBand | null;
  readonly checkInCount: number;
  /** The most recent check-in (with its note when the board was asked for notes); null before the first. */
  readonly latestCheckIn: PublicCheckIn | Pick<PublicCheckIn, 'at' | 'authorId'> | null;
}

export interface PublicObjective {
  readonly id: string;
  readonly title: string;
  readonly level: ObjectiveLevel;
  readonly owner: ObjectiveOwner;
  readonly progress: number;
  readonly expectedProgress: number | null;
  readonly confidenceBand: ConfidenceBand | null;
  readonly keyResults: readonly PublicKeyResult[];
}

/**
 * An OKR board as everyone in the tenant may see it: an explicit projection of shared goal data, so
 * nothing reaches a meeting's stage or group view that is not on the OKR board already.
 */
export interface PublicOkrBoard {
  readonly subject: { readonly kind: BoardSubject['kind']; readonly id: string | null; readonly name: string };
  readonly cycle: { readonly id: string; readonly name: string; readonly startDate: string; readonly endDate: string } | null;
  readonly objectives: readonly PublicObjective[];
  /** True when the board had more objectives than it shows. */
  readonly truncated: boolean;
}

/** A board in a meeting stays readable: at most this many objectives. */
export const MAX_BOARD_OBJECTIVES = 40;

const LEVEL_ORDER: Record<ObjectiveLevel, number> = { company: 0, team: 1, individual: 2 };

export type BoardError = 'MEETING.SUBJECT_NOT_FOUND';

/**
 * The active objectives of the newest cycle that takes check-ins, for a person, a team or the
 * company. `withNotes` adds each key result's latest check-in note (one point read per key result),
 * which a person's board in a 1:1 wants and a large team board does not.
 */
export async function loadPublicBoard(deps: OkrDeps, ctx: RequestContext, subject: BoardSubject, options: { withNotes?: boolean } = {}): Promise<Result<PublicOkrBoard, BoardError>> {
  const tenantId = ctx.actor.tenantId;
  let name: string;
  let filter: ObjectiveFilter;
  if (subject.kind === 'person') {
    const person = await deps.directory.getPerson(tenantId, subject.id);
    if (!person || person.tenantId !== tenantId) return fail('MEETING.SUBJECT_NOT_FOUND', 'No such person');
    name = person.displayName;
    filter = { participantId: person.id, states: ['active'] };
  } else if (subject.kind === 'team') {
    const team = await deps.directory.getTeam(tenantId, subject.id);
    if (!team || team.tenantId !== tenantId) return fail('MEETING.SUBJECT_NOT_FOUND', 'No such team');
    name = team.name;
    filter = { teamId: team.id, states: ['active'] };
  } else {
    name = 'Company';
    filter = { levels: ['company'], states: ['active'] };
  }
  const boardSubject = { kind: subject.kind, id: subject.kind === 'company' ? null : subject.id, name };
  const cycle = (await listActiveCycles(deps, ctx))[0];
  if (!cycle) return ok({ subject: boardSubject, cycle: null, objectives: [], truncated: false });

  const now = deps.clock.now();
  const found = (await deps.goals.listAllObjectives(tenantId, cycle.id, filter))
    .filter((o) => o.tenantId === tenantId && o.state === 'active')
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  const shown = found.slice(0, MAX_BOARD_OBJECTIVES).map((o) => toObjectiveView(o, cycle, now));
  const keyResultsOf = async (krs: readonly KeyResultView[]): Promise<PublicKeyResult[]> =>
    Promise.all(
      krs.map(async (kr) => {
        let latest: PublicKeyResult['latestCheckIn'] = kr.lastCheckIn ? { at: kr.lastCheckIn.at, authorId: kr.lastCheckIn.authorId } : null;
        if (options.withNotes && kr.lastCheckIn) {
          const checkIn = await deps.goals.getCheckIn(tenantId, cycle.id, kr.lastCheckIn.id);
          if (checkIn && checkIn.tenantId === tenantId) latest = { at: checkIn.at, authorId: checkIn.authorId, value: checkIn.value, confidence: checkIn.confidence, note: checkIn.note };
        }
        return {
          id: kr.id,
          title: kr.title,
          ownerId: kr.ownerId,
          spec: kr.spec,
          current: kr.current,
          progress: kr.progress,
          confidence: kr.confidence,
          confidenceBand: kr.confidenceBand,
          checkInCount: kr.checkInCount,
          latestCheckIn: latest,
        };
      }),
    );
  const objectives = await Promise.all(
    shown.map(async (o) => ({
      id: o.id,
      title: o.title,
      level: o.level,
      owner: o.owner,
      progress: o.progress,
      expectedProgress: o.expectedProgress,
      confidenceBand: o.confidenceBand,
      keyResults: await keyResultsOf(o.keyResults),
    })),
  );
  return ok({ subject: boardSubject, cycle: { id: cycle.id, name: cycle.name, startDate: cycle.startDate, endDate: cycle.endDate }, objectives, truncated: found.length > shown.length });
}
