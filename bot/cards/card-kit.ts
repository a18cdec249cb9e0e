/**
 * Adaptive Card 1.5 building blocks as plain JSON objects (no templating library): what every card
 * builder in this folder composes. Teams renders 1.5 on desktop, web and mobile.
 */
export type CardElement = Readonly<Record<string, unknown>>;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: '1.5';
  readonly body: readonly CardElement[];
  readonly actions?: readonly CardElement[];
  readonly refresh?: CardElement;
  readonly msteams?: CardElement;
  readonly fallbackText?: string;
  readonly speak?: string;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function card(body: readonly (CardElement | null | false | undefined)[], options: { actions?: readonly CardElement[]; refresh?: CardElement; fallbackText?: string } = {}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: body.filter((e): e is CardElement => Boolean(e)),
    ...(options.actions && options.actions.length > 0 ? { actions: options.actions } : {}),
    ...(options.refresh ? { refresh: options.refresh } : {}),
    // Full width in Teams chats, so inputs and fact sets do not wrap into a narrow column.
    msteams: { width: 'Full' },
    ...(options.fallbackText ? { fallbackText: options.fallbackText } : {}),
  };
}

export interface TextOptions {
  readonly size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  readonly weight?: 'Lighter' | 'Default' | 'Bolder';
  readonly color?: 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
  readonly isSubtle?: boolean;
  readonly spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
  readonly separator?: boolean;
  readonly id?: string;
  readonly style?: 'default' | 'heading';
}

export const text = (value: string, options: TextOptions = {}): CardElement => ({ type: 'TextBlock', text: value, wrap: true, ...options });
export const heading = (value: string): CardElement => text(value, { size: 'Medium', weight: 'Bolder', style: 'heading' });
export const subtle = (value: string, options: TextOptions = {}): CardElement => text(value, { isSubtle: true, spacing: 'None', size: 'Small', ...options });
export const attention = (value: string, id?: string): CardElement => text(value, { color: 'Attention', spacing: 'Small', ...(id ? { id } : {}) });

export const facts = (pairs: readonly (readonly [string, string])[]): CardElement => ({ type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) });

export const container = (items: readonly (CardElement | null | false | undefined)[], options: Record<string, unknown> = {}): CardElement => ({
  type: 'Container',
  items: items.filter((e): e is CardElement => Boolean(e)),
  ...options,
});

/** An Action.Execute (Universal Actions). The verb is repeated in data for hosts that turn it into a submit. */
export const execute = (title: string, verb: string, data: Readonly<Record<string, unknown>>, options: { style?: 'positive' | 'destructive' | 'default'; associatedInputs?: 'auto' | 'none' } = {}): CardElement => ({
  type: 'Action.Execute',
  title,
  verb,
  data: { ...data, verb },
  ...(options.style ? { style: options.style } : {}),
  ...(options.associatedInputs ? { associatedInputs: options.associatedInputs } : {}),
});

/** A button that sends a command as if the user typed it (imBack in Teams; `command` for other hosts). */
export const commandButton = (title: string, command: string): CardElement => ({
  type: 'Action.Submit',
  title,
  data: { msteams: { type: 'imBack', value: command }, command },
});

export const openUrl = (title: string, url: string): CardElement => ({ type: 'Action.OpenUrl', title, url });

/** A Bot Framework attachment carrying the card. */
export const cardAttachment = (value: AdaptiveCard): { contentType: string; content: AdaptiveCard } => ({ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: value });

/** A message activity with one card. `summary` is what notifications and the chat list show. */
export const cardMessage = (value: AdaptiveCard, summary: string): { type: 'message'; summary: string; attachments: { contentType: string; content: AdaptiveCard }[] } => ({
  type: 'message',
  summary,
  attachments: [cardAttachment(value)],
});

/** "5" / "12 key results" with the right plural. */
export const count = (n: number, singular: string, plural = `${singular}s`): string => `${n} ${n === 1 ? singular : plural}`;

export const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;
