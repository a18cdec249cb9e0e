import type { Container } from '@azure/cosmos';
import type { CheckIn } from '../../domain/okr/check-in.js';
import type { ObjectiveComment } from '../../domain/okr/objective-comment.js';
import type { Objective } from '../../domain/okr/objective.js';
import type { StoredConversation } from '../../app/ports/conversation-references.js';
import type { PersonNotificationPreferences } from '../../app/ports/notification-settings.js';
import type { GoalsPersonalRecord, PersonalGoalsData } from '../../app/ports/personal-goals-data.js';
import { queryAll, withoutFields } from '../cosmos/cosmos-operations.js';
import { cycleListPartition, directoryPartition, okrPartition } from '../cosmos/partition-keys.js';
import { fromCheckInDocument, fromCommentDocument, fromObjectiveDocument, type CheckInDocument, type CommentDocument, type CycleDocument, type ObjectiveDocument } from './okr-documents.js';

/** The tenant's cycles, oldest first: one query in the small cycle-list partition. */
export async function cyclesOf(okrs: Container, tenantId: string): Promise<CycleDocument[]> {
  const cycles = await queryAll<CycleDocument>(
    okrs,
    { query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'cycle'", parameters: [{ name: '@tenantId', value: tenantId }] },
    cycleListPartition(tenantId),
  );
  return cycles.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
}

/** Everything of one type a person made or takes part in within one cycle's partition. */
export function queryCycle<T>(okrs: Container, tenantId: string, cycleId: string, type: string, personClause: string, personId: string): Promise<T[]> {
  return queryAll<T>(
    okrs,
    {
      query: `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = @type AND (${personClause})`,
      parameters: [
        { name: '@tenantId', value: tenantId },
        { name: '@type', value: type },
        { name: '@personId', value: personId },
      ],
    },
    okrPartition(tenantId, cycleId),
  );
}

/** The goals store's part of a data-subject export, on the shared `okrs` and `directory` containers. */
export class CosmosPersonalGoalsData implements PersonalGoalsData {
  constructor(
    private readonly okrs: Container,
    private readonly directory: Container,
  ) {}

  async collect(tenantId: string, personId: string): Promise<GoalsPersonalRecord> {
    const objectives: Objective[] = [];
    const checkIns: CheckIn[] = [];
    const comments: ObjectiveComment[] = [];
    for (const cycle of await cyclesOf(this.okrs, tenantId)) {
      const [o, c, m] = await Promise.all([
        queryCycle<ObjectiveDocument>(this.okrs, tenantId, cycle.id, 'objective', 'ARRAY_CONTAINS(c.participantIds, @personId)', personId),
        queryCycle<CheckInDocument>(this.okrs, tenantId, cycle.id, 'checkin', 'c.authorId = @personId', personId),
        queryCycle<CommentDocument>(this.okrs, tenantId, cycle.id, 'comment', 'c.authorId = @personId', personId),
      ]);
      objectives.push(...o.map(fromObjectiveDocument));
      checkIns.push(...c.map(fromCheckInDocument).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)));
      comments.push(...m.map(fromCommentDocument).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)));
    }
    const [preferences, conversations] = await Promise.all([
      this.directoryOf<PersonNotificationPreferences & { id: string; pk: string; type: string }>(tenantId, 'notification-preferences', 'c.personId = @personId', personId),
      this.directoryOf<StoredConversation & { id: string; pk: string; type: string }>(tenantId, 'conversation', "c.ownerId = @personId AND c.scope = 'personal'", personId),
    ]);
    return {
      objectives,
      checkIns,
      comments,
      notificationPreferences: preferences[0] ? withoutFields<PersonNotificationPreferences>(preferences[0], ['id', 'pk', 'type']) : null,
      conversations: conversations.map((c) => withoutFields<StoredConversation>(c, ['id', 'pk', 'type'])),
    };
  }

  private directoryOf<T>(tenantId: string, type: string, personClause: string, personId: string): Promise<T[]> {
    return queryAll<T>(
      this.directory,
      {
        query: `SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = @type AND (${personClause})`,
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@type', value: type },
          { name: '@personId', value: personId },
        ],
      },
      directoryPartition(tenantId),
    );
  }
}
