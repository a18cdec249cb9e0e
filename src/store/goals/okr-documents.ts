import type { CheckIn } from '../../domain/okr/check-in.js';
import type { Cycle } from '../../domain/okr/cycle.js';
import type { ObjectiveComment } from '../../domain/okr/objective-comment.js';
import { participantIds, type Objective } from '../../domain/okr/objective.js';
import { withoutFields } from '../cosmos/cosmos-operations.js';
import { cycleListPartition, okrPartition } from '../cosmos/partition-keys.js';

/**
 * How OKR values are laid out in the `okrs` container. Besides the value itself a document carries
 * its partition key, a type tag and the few derived fields that queries filter on.
 */
export type CycleDocument = Cycle & { pk: string; type: 'cycle' };
export type ObjectiveDocument = Objective & {
  pk: string;
  type: 'objective';
  ownerId: string;
  participantIds: string[];
  alignedToIds: string[];
};
export type CheckInDocument = CheckIn & { pk: string; type: 'checkin' };

const OBJECTIVE_DERIVED = ['pk', 'type', 'ownerId', 'participantIds', 'alignedToIds'];

export const toCycleDocument = (cycle: Cycle): CycleDocument => ({ ...cycle, pk: cycleListPartition(cycle.tenantId), type: 'cycle' });
export const fromCycleDocument = (doc: CycleDocument): Cycle => withoutFields<Cycle>(doc, ['pk', 'type']);

export const toObjectiveDocument = (objective: Objective): ObjectiveDocument => ({
  ...objective,
  pk: okrPartition(objective.tenantId, objective.cycleId),
  type: 'objective',
  ownerId: objective.owner.id,
  participantIds: participantIds(objective),
  alignedToIds: [...new Set(objective.alignments.map((a) => a.objectiveId))],
});
export const fromObjectiveDocument = (doc: ObjectiveDocument): Objective => withoutFields<Objective>(doc, OBJECTIVE_DERIVED);

export const toCheckInDocument = (checkIn: CheckIn): CheckInDocument => ({ ...checkIn, pk: okrPartition(checkIn.tenantId, checkIn.cycleId), type: 'checkin' });
export const fromCheckInDocument = (doc: CheckInDocument): CheckIn => withoutFields<CheckIn>(doc, ['pk', 'type']);

export type CommentDocument = ObjectiveComment & { pk: string; type: 'comment' };
export const toCommentDocument = (comment: ObjectiveComment): CommentDocument => ({ ...comment, pk: okrPartition(comment.tenantId, comment.cycleId), type: 'comment' });
export const fromCommentDocument = (doc: CommentDocument): ObjectiveComment => withoutFields<ObjectiveComment>(doc, ['pk', 'type']);
