import type { Logger } from 'pino';
import type { TurnContext } from 'botbuilder';
import type { OkrDeps } from '../src/app/okr/okr-deps.js';
import type { ConversationReferences } from '../src/app/ports/conversation-references.js';
import type { NotificationSettingsRepository } from '../src/app/ports/notification-settings.js';
import type { RequestContext } from '../src/app/request-context.js';
import type { Person } from '../src/domain/people/person.js';
import type { TabLinks } from './tab-links.js';

/** What the bot's handlers may use: OKR use cases' deps and the two bot stores, through their ports. */
export interface BotServices {
  readonly okr: OkrDeps;
  readonly conversations: ConversationReferences;
  readonly settings: NotificationSettingsRepository;
  readonly links: TabLinks;
  readonly logger: Logger;
}

/** One turn of a known person: resolved from the verified activity, never from card data. */
export interface PersonTurn {
  readonly context: TurnContext;
  readonly person: Person;
  /** The use cases' request context: the actor is the person above. */
  readonly request: RequestContext;
  readonly services: BotServices;
  /** The sender's Teams user id (MRI, "29:..."), named in card refreshes next to the Entra object id. */
  readonly userMri: string | null;
}
