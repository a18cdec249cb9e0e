import type { TabLinks } from '../tab-links.js';
import { attention, card, commandButton, heading, openUrl, subtle, type AdaptiveCard, type CardElement } from './card-kit.js';

export interface ErrorCardOptions {
  readonly links?: TabLinks;
  /** Offer a button that runs this command (e.g. "checkin" for a fresh card). */
  readonly retry?: { readonly title: string; readonly command: string };
  readonly hint?: string;
}

/** Replaces a card whose action could not be carried out. Says what happened; never echoes card data. */
export function errorCard(title: string, message: string, options: ErrorCardOptions = {}): AdaptiveCard {
  const actions: CardElement[] = [];
  if (options.retry) actions.push(commandButton(options.retry.title, options.retry.command));
  if (options.links) actions.push(openUrl('Open My OKRs', options.links.my()));
  return card([heading(title), attention(message, 'error_message'), subtle(options.hint ?? 'Nothing was saved.', { spacing: 'Small' })], {
    actions,
    fallbackText: `${title}: ${message}`,
  });
}
