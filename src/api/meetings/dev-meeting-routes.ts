import type { MeetingRole } from '../../app/meetings/ports/meeting-participants.js';
import type { DirectoryRepository } from '../../app/ports/directory-repository.js';
import { fail } from '../../domain/shared/result.js';
import { respond, type Route } from '../http/api-types.js';
import { validate } from '../http/validate.js';
import { devMeetingBodySchema } from './meeting-ref-schemas.js';

/** Where local mode keeps meetings (LocalMeetingRoster). */
export interface LocalMeetingRegistry {
  register(meeting: { tenantId: string; meetingId: string; chatId: string; participants: readonly { personId: string; role: MeetingRole }[] }): void;
}

/**
 * Local mode only (mounted next to GET /dev/users, never in azure mode): the local dev host (the
 * teams-js test host page) tells Tandem who takes part in a meeting, as Teams would. Every
 * participant must be a seeded person, all in one tenant; the meeting belongs to that tenant.
 */
export function devMeetingRoutes(registry: LocalMeetingRegistry, directory: Pick<DirectoryRepository, 'getPerson'>, tenantIds: readonly string[]): Route[] {
  return [
    {
      method: 'post',
      path: '/dev/meetings',
      handler: async ({ body }) => {
        const input = validate(devMeetingBodySchema, body);
        if (!input.ok) return input;
        const { meetingId, chatId, participants } = input.value;
        if (new Set(participants.map((p) => p.personId)).size !== participants.length) {
          return fail('API.VALIDATION', 'The request does not have the expected shape', { fields: { participants: 'Each person once' } });
        }
        const first = participants[0]!.personId;
        let tenantId: string | null = null;
        for (const candidate of tenantIds) if (await directory.getPerson(candidate, first)) tenantId = candidate;
        if (!tenantId) return fail('PEOPLE.NOT_FOUND', `No local user ${first}; GET /api/v1/dev/users lists them`);
        const known = await Promise.all(participants.map((p) => directory.getPerson(tenantId!, p.personId)));
        const missing = participants.filter((_, i) => !known[i]).map((p) => p.personId);
        if (missing.length > 0) return fail('PEOPLE.NOT_FOUND', `Not people of the same tenant: ${missing.join(', ')}`);
        registry.register({ tenantId, meetingId, chatId, participants });
        return respond({ ok: true, value: { tenantId, meetingId, chatId, participants } }, 201);
      },
    },
  ];
}

