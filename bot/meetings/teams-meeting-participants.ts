import type { ConversationReference, TurnContext } from 'botbuilder';
import { TeamsConnectorClient } from 'botframework-connector';
import type { MeetingParticipant, MeetingParticipants, MeetingRef, MeetingRole, MeetingRosterError } from '../../src/app/meetings/ports/meeting-participants.js';
import type { ConversationReferences } from '../../src/app/ports/conversation-references.js';
import { fail, ok, type Result } from '../../src/domain/shared/result.js';
import { mapSendError, type ContinueConversationAdapter } from '../cloud-adapter-sender.js';

export interface TeamsMeetingParticipantsOptions {
  /** The bot's adapter (CloudAdapter): it authenticates the call with the bot's credentials. Null while the bot starts. */
  readonly adapter: () => ContinueConversationAdapter | null;
  readonly botAppId: string;
  /** Where the bot keeps the meeting chat's conversation reference (saved when the app was added to the meeting). */
  readonly conversations: Pick<ConversationReferences, 'get'>;
  /** A roster call with no answer after this long fails as unavailable. Default 8 s: the tab is waiting. */
  readonly timeoutMs?: number;
}

/** The name of @azure/core-rest-pipeline's retry policy in a connector client's pipeline (botbuilder 4.23). */
const RETRY_POLICY = 'defaultRetryPolicy';

const ROLES: Record<string, MeetingRole> = { organizer: 'organizer', presenter: 'presenter', attendee: 'attendee', guest: 'guest' };

/** The participant record Teams answers with (GET {serviceUrl}/v1/meetings/{meetingId}/participants/{id}?tenantId=). */
interface TeamsParticipantJson {
  readonly user?: { readonly id?: string; readonly aadObjectId?: string; readonly tenantId?: string };
  readonly meeting?: { readonly role?: string; readonly inMeeting?: boolean };
  readonly conversation?: { readonly id?: string };
}

/** Reads Teams' answer; an answer about somebody else (or nobody) is no participant at all. */
export function participantFrom(json: TeamsParticipantJson | null | undefined, personId: string): MeetingParticipant | null {
  const aadObjectId = json?.user?.aadObjectId;
  if (typeof aadObjectId !== 'string' || aadObjectId.toLowerCase() !== personId.toLowerCase()) return null;
  const role = ROLES[String(json?.meeting?.role ?? '').toLowerCase()] ?? 'unknown';
  return {
    personId: aadObjectId,
    role,
    inMeeting: json?.meeting?.inMeeting === true,
    chatId: typeof json?.conversation?.id === 'string' ? json.conversation.id : null,
    tenantId: typeof json?.user?.tenantId === 'string' ? json.user.tenantId : null,
  };
}

/**
 * Azure mode's meeting roster: the Teams meeting participant API, called with the bot's credentials
 * (the same REST call as TeamsInfo.getMeetingParticipant, through botframework-connector's
 * TeamsConnectorClient) on the service URL of the meeting chat the app was installed in. Retries are
 * left to the caller: a 429 comes back at once with its Retry-After, because a person is waiting.
 */
export function createTeamsMeetingParticipants(options: TeamsMeetingParticipantsOptions): MeetingParticipants {
  const timeoutMs = options.timeoutMs ?? 8_000;
  return {
    async find(meeting: MeetingRef, personId: string): Promise<Result<MeetingParticipant | null, MeetingRosterError>> {
      const chat = await options.conversations.get(meeting.tenantId, 'groupChat', meeting.chatId);
      if (!chat || chat.uninstalledAt !== null) return fail('MEETING.APP_NOT_INSTALLED', 'Add Tandem to this meeting first: then it can see who takes part');
      const adapter = options.adapter();
      if (!adapter) return fail('MEETING.ROSTER_UNAVAILABLE', 'Tandem is starting; try again in a moment');
      const stored = chat.reference as Partial<ConversationReference>;
      const reference: Partial<ConversationReference> = {
        channelId: 'msteams',
        serviceUrl: chat.serviceUrl,
        conversation: { id: meeting.chatId, isGroup: true, conversationType: 'groupChat', tenantId: meeting.tenantId, name: '' },
        ...(stored.bot ? { bot: stored.bot } : {}),
      };
      let answer: TeamsParticipantJson | undefined;
      let failure: unknown = null;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
        timer.unref();
      });
      try {
        const turn = adapter.continueConversationAsync(options.botAppId, reference, async (context: TurnContext) => {
          // Caught here, or the adapter's onTurnError would answer it.
          try {
            const connector = adapter.ConnectorClientKey ? (context.turnState.get(adapter.ConnectorClientKey) as { credentials?: unknown } | undefined) : undefined;
            if (!connector?.credentials) throw new Error('The adapter gave the turn no connector credentials');
            const client = new TeamsConnectorClient(connector.credentials as never, { baseUri: chat.serviceUrl });
            (client as unknown as { client?: { pipeline?: { removePolicy?: (o: { name: string }) => unknown } } }).client?.pipeline?.removePolicy?.({ name: RETRY_POLICY });
            answer = (await client.teams.fetchMeetingParticipant(meeting.meetingId, personId, { tenantId: meeting.tenantId })) as TeamsParticipantJson;
          } catch (error) {
            failure = error ?? new Error('participant lookup failed');
          }
        });
        if ((await Promise.race([turn, timedOut])) === 'timeout') {
          turn.catch(() => undefined);
          return fail('MEETING.ROSTER_UNAVAILABLE', `Teams did not answer within ${timeoutMs} ms`);
        }
      } catch (error) {
        failure = error ?? new Error('continueConversation failed');
      } finally {
        clearTimeout(timer);
      }
      if (failure === null) return ok(participantFrom(answer, personId));
      const mapped = mapSendError(failure);
      switch (mapped.status) {
        case 404:
          return ok(null);
        case 403:
          return fail('MEETING.ROSTER_FORBIDDEN', 'Teams does not let Tandem see this meeting (the app was removed or its meeting permissions were not granted)');
        case 429:
          return fail('MEETING.ROSTER_THROTTLED', 'Teams asks Tandem to slow down; try again shortly', mapped.retryAfterMs === null ? {} : { retryAfterMs: mapped.retryAfterMs });
        default:
          return fail('MEETING.ROSTER_UNAVAILABLE', `Teams could not say who is in the meeting (${mapped.status || 'no answer'})`);
      }
    },
  };
}
