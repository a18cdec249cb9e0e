/**
 * The Feedback section of the Reviews area in headless Chromium: Priya (the default demo user) gives
 * praise and private feedback, asks for feedback about a report, answers a request waiting for her,
 * reads the praise wall, and sees a report's feedback in My team. axe on every view, screenshots,
 * and a phone-sized screen.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { tabSuite } from './tab-suite.js';

describe('Feedback in the tab (headless Chromium)', function () {
  this.timeout(60_000);
  const { t, browser, newPage, noPageErrors, openAs, axe } = tabSuite();

  const open = (page: Page, hash: string) => openAs(page, hash);

  const api = async <T = any>(path: string, as = 'priya'): Promise<T> => {
    const response = await t().request<T>('GET', path, { as });
    assert.equal(response.status, 200, `GET ${path}: ${JSON.stringify(response.body)}`);
    return response.body;
  };

  /** Types into a person picker and picks the matching option. */
  async function choosePerson(page: Page, label: string, name: string): Promise<void> {
    const box = page.getByRole('combobox', { name: label });
    await box.click();
    await box.fill(name.split(' ')[0]!);
    await page.getByRole('listbox').getByRole('option', { name: new RegExp(name) }).click();
  }

  it('gives praise on the wall and private feedback, from the keyboard-friendly form', async () => {
    const page = await newPage();
    await open(page, '/reviews/feedback/give');
    await page.getByRole('heading', { name: 'Give feedback' }).waitFor();
    await choosePerson(page, 'To', 'Arjun Mehta');
    await page.getByRole('radio', { name: /^Praise/ }).check();
    // Nobody has installed Tandem in a channel of Arjun's teams: the form says so instead of offering one.
    await page.getByText(/Tandem is not in a channel of Arjun Mehta’s teams/).waitFor();
    await page.getByRole('textbox', { name: /Your feedback/ }).fill('Arjun made the failover drill look easy.');
    await browser().screenshot(page, 'feedback-01-give-praise');
    await axe(page, 'Give feedback');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByText('Your feedback for Arjun Mehta is saved.').waitFor();
    const wall = await api<{ items: any[] }>('/praise?limit=100', 'ben');
    assert.ok(wall.items.some((p) => p.text === 'Arjun made the failover drill look easy.' && p.authorId === t().person('priya')), 'on the wall, for anyone');

    // The same form, now private feedback for Kenji; the text box was cleared.
    assert.equal(await page.getByRole('textbox', { name: /Your feedback/ }).inputValue(), '');
    const to = page.getByRole('combobox', { name: 'To' });
    await to.fill('');
    await choosePerson(page, 'To', 'Kenji Tanaka');
    await page.getByRole('radio', { name: /^Private/ }).check();
    await page.getByRole('textbox', { name: /Your feedback/ }).fill('Please write up the alert clean-up for the blog.');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByText('Your feedback for Kenji Tanaka is saved.').waitFor();
    const received = await api<{ items: any[] }>('/feedback/received?limit=100', 'kenji');
    assert.ok(received.items.some((f) => f.text === 'Please write up the alert clean-up for the blog.' && f.visibility === 'private'));
    const asPeer = await api<{ items: any[] }>('/feedback/received?limit=100', 'lena');
    assert.ok(!asPeer.items.some((f) => f.text === 'Please write up the alert clean-up for the blog.'), 'a peer never sees it');
    noPageErrors(page);
  });

  it('refuses to send without a recipient or text, saying what is missing', async () => {
    const page = await newPage();
    await open(page, '/reviews/feedback/give');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByText('Choose who the feedback is for.').waitFor();
    await page.getByText('Write your feedback first.').waitFor();
    noPageErrors(page);
  });

  let requestId = '';

  it('asks two people for feedback about a report, with an added question', async () => {
    const page = await newPage();
    await open(page, '/reviews/feedback/request');
    await page.getByRole('heading', { name: 'Ask for feedback' }).waitFor();
    await page.getByRole('combobox', { name: 'About' }).selectOption({ label: 'Fatima Zahra' });
    await choosePerson(page, 'Ask', 'Arjun Mehta');
    await choosePerson(page, 'Ask', 'Ben Carter');
    await page.locator('[data-invitee]').nth(1).waitFor();
    // Changed my mind about Ben: remove him again.
    await page.getByRole('button', { name: 'Remove Ben Carter' }).click();
    await choosePerson(page, 'Ask', 'Lena Fischer');
    await page.getByRole('textbox', { name: 'Question 1' }).fill('What did Fatima do well on the deploy dashboard?');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByRole('textbox', { name: 'Question 3' }).fill('Anything she should hear from me?');
    await browser().screenshot(page, 'feedback-02-request', { fullPage: true });
    await axe(page, 'Request feedback');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Your request is on its way.').waitFor();

    const asked = await api<{ items: any[] }>('/feedback-requests?scope=asked-of-me&limit=100', 'arjun');
    const request = asked.items.find((r) => r.subjectId === t().person('fatima') && r.questions[0].text === 'What did Fatima do well on the deploy dashboard?');
    assert.ok(request, 'Arjun is asked');
    requestId = request.id;
    assert.deepEqual(request.questions.map((q: any) => q.text), ['What did Fatima do well on the deploy dashboard?', 'Where could Fatima use support?', 'Anything she should hear from me?']);
    const made = await api<{ items: any[] }>('/feedback-requests?scope=made&limit=100');
    const mine = made.items.find((r) => r.id === requestId);
    assert.deepEqual([...mine.inviteeIds].sort(), [t().person('arjun'), t().person('lena')].sort(), 'Ben was removed');
    const benAsked = await api<{ items: any[] }>('/feedback-requests?scope=asked-of-me&limit=100', 'ben');
    assert.ok(!benAsked.items.some((r) => r.id === requestId));

    await page.getByRole('link', { name: 'Open the request' }).click();
    await page.locator(`[data-request-detail="${requestId}"]`).waitFor();
    await page.getByText('0 of 2 answered', { exact: false }).waitFor();
    noPageErrors(page);
  });

  it('answers a request waiting for Priya, then changes the answer', async () => {
    const page = await newPage();
    await open(page, '/reviews/feedback/requests');
    await page.getByRole('heading', { name: 'Waiting for your answer' }).waitFor();
    const arjuns = page.locator('[data-request-id]').filter({ hasText: 'Asked by Tom Becker' }).first();
    await arjuns.waitFor();
    await browser().screenshot(page, 'feedback-03-requests', { fullPage: true });
    await axe(page, 'Requests');
    await arjuns.getByRole('button', { name: 'Answer' }).click();
    await page.getByRole('heading', { name: 'Your answers' }).waitFor();
    const first = page.getByRole('textbox', { name: /^1\./ });
    await first.fill('The shared release tooling saved us a week.');
    await page.getByRole('button', { name: 'Send answers' }).click();
    await page.getByText('Your answers are saved.').waitFor();
    await page.getByRole('button', { name: 'Update answers' }).waitFor();
    await browser().screenshot(page, 'feedback-04-answered', { fullPage: true });
    await axe(page, 'Request detail');

    const waiting = await api<{ items: any[] }>('/feedback-requests?scope=asked-of-me&limit=100');
    const toms = waiting.items.find((r) => r.requesterId === t().person('tom'));
    assert.equal(toms.answeredByMe, true);
    const detail = await api(`/feedback-requests/${encodeURIComponent(toms.id)}`);
    assert.deepEqual(detail.myResponse.answers, [{ questionId: 'q1', text: 'The shared release tooling saved us a week.' }]);

    await first.fill('The shared release tooling saved us two weeks.');
    await page.getByRole('button', { name: 'Update answers' }).click();
    await page.getByText('Your answers are saved.').waitFor();
    const again = await api(`/feedback-requests/${encodeURIComponent(toms.id)}`);
    assert.equal(again.myResponse.answers[0].text, 'The shared release tooling saved us two weeks.');
    assert.equal(again.responses.filter((r: any) => r.authorId === t().person('priya')).length, 1);
    noPageErrors(page);
  });

  it('closes her own request from its page', async () => {
    assert.ok(requestId, 'needs the request of an earlier case');
    const page = await newPage();
    await open(page, `/reviews/feedback/requests/${encodeURIComponent(requestId)}`);
    await page.getByRole('button', { name: 'Close request' }).click();
    await page.getByText('This request is closed.', { exact: false }).waitFor();
    const detail = await api(`/feedback-requests/${encodeURIComponent(requestId)}`);
    assert.equal(detail.request.status, 'closed');
    noPageErrors(page);
  });

  it('shows what Priya received, what she gave, and the praise wall', async () => {
    const page = await newPage(1280, 1400);
    await open(page, '/reviews/feedback/received');
    await page.getByRole('heading', { name: 'Feedback for you' }).waitFor();
    await page.locator('[data-visibility="private"]').first().waitFor();
    await page.getByRole('heading', { name: 'Praise for you' }).waitFor();
    await page.locator('[data-visibility="praise"]').first().waitFor();
    assert.equal(await page.locator('[data-visibility="manager-only"]').count(), 0);
    await browser().screenshot(page, 'feedback-05-received', { fullPage: true });
    await axe(page, 'Received');

    await page.getByRole('tab', { name: 'Given' }).click();
    await page.getByText('Please write up the alert clean-up for the blog.').waitFor();
    await axe(page, 'Given');

    await page.getByRole('tab', { name: 'Praise wall' }).click();
    await page.getByText('Arjun made the failover drill look easy.').waitFor();
    await browser().screenshot(page, 'feedback-06-praise-wall', { fullPage: true });
    await axe(page, 'Praise wall');
    noPageErrors(page);
  });

  it('a manager sees a report’s feedback in My team, manager-only notes marked as such', async () => {
    const page = await newPage(1280, 1400);
    await open(page, `/reviews/team/${encodeURIComponent(t().person('fatima'))}/feedback`);
    await page.locator(`[data-report-feedback="${t().person('fatima')}"]`).waitFor();
    await page.locator('[data-visibility="manager-only"]').first().waitFor();
    await page.getByText('Manager only: Fatima Zahra does not see this').first().waitFor();
    await page.locator('[data-request-id]').first().waitFor();
    await browser().screenshot(page, 'feedback-07-report', { fullPage: true });
    await axe(page, 'Report feedback');
    noPageErrors(page);
  });

  for (const [view, hash, ready] of [
    ['Give', '/reviews/feedback/give', 'h2:has-text("Give feedback")'],
    ['Requests', '/reviews/feedback/requests', '[data-request-id]'],
  ] as const) {
    it(`fits a 320 px phone screen without horizontal scrolling: ${view}`, async () => {
      const page = await newPage(320, 640);
      await open(page, hash);
      await page.locator(ready).first().waitFor();
      const { scrollWidth, widest } = await page.evaluate(() => {
        let widestEl = '';
        let max = 0;
        for (const el of Array.from(document.querySelectorAll('body *'))) {
          const right = el.getBoundingClientRect().right;
          if (right > max) {
            max = right;
            widestEl = `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} (${Math.round(right)} px)`;
          }
        }
        return { scrollWidth: document.scrollingElement!.scrollWidth, widest: widestEl };
      });
      await browser().screenshot(page, `feedback-08-phone-${view.toLowerCase()}`);
      assert.ok(scrollWidth <= 321, `${view} at 320 px scrolls sideways: scrollWidth ${scrollWidth}; widest element ${widest}`);
      noPageErrors(page);
    });
  }
});
