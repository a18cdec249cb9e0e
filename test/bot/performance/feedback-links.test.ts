import assert from 'node:assert/strict';
import { feedbackPageLink } from '../../../bot/performance/feedback-links.js';
import { createTabLinks } from '../../../bot/tab-links.js';

describe('bot: links from feedback cards into the tab', () => {
  it('points a plain link at the Feedback section', () => {
    const links = createTabLinks('http://127.0.0.1:3978/');
    assert.equal(feedbackPageLink(links), 'http://127.0.0.1:3978/#/reviews/feedback');
    assert.equal(feedbackPageLink(links, 'praise'), 'http://127.0.0.1:3978/#/reviews/feedback/praise');
  });

  it('points a Teams deep link at the Feedback section in both its web URL and its context', () => {
    const link = feedbackPageLink(createTabLinks('https://tandem.example.com/', 'app-123'));
    const url = new URL(link);
    assert.equal(url.searchParams.get('webUrl'), 'https://tandem.example.com/#/reviews/feedback');
    assert.deepEqual(JSON.parse(url.searchParams.get('context')!), { subEntityId: '#/reviews/feedback' });
  });
});
