import type { PraisePost } from '../../../src/app/performance/feedback/get-praise-for-channel-post.js';
import { card, heading, openUrl, subtle, text, type AdaptiveCard } from '../../cards/card-kit.js';
import type { TabLinks } from '../../tab-links.js';
import { feedbackPageLink } from '../feedback-links.js';

/** Praise, posted in a team channel: public in the tenant, so it may be. Nothing confidential is on it. */
export function praisePostCard(post: PraisePost, links: TabLinks): AdaptiveCard {
  return card(
    [
      heading(`🎉 Praise for ${post.subject.displayName}`),
      text(post.praise.text),
      subtle(`From ${post.author.displayName}`, { spacing: 'Small' }),
    ],
    { actions: [openUrl('See the praise wall', feedbackPageLink(links, 'praise'))], fallbackText: `Praise for ${post.subject.displayName} from ${post.author.displayName}` },
  );
}
