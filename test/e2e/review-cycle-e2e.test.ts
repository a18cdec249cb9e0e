/**
 * A review cycle end to end, in headless Chromium (the Reviews tab) and the Microsoft 365 Agents
 * Playground (the bot), against one real Tandem with notifications on, all inside a loopback-only
 * network namespace: HR launches the cycle, Tom writes his self review and nominates Priya and Lena,
 * David approves them in the peer phase, both answer from the peer request card in their personal chat
 * (Priya, the Playground's current user, in hers; Lena in a chat of her own through custom activities),
 * David writes the review with the OKR context beside the form, HR calibrates and releases, Tom reads
 * and acknowledges.
 *
 * The scenario (test/support/review-cycle-e2e.scenario.ts) runs in the namespace, checks the pages as it
 * goes and reports facts; this file builds the tab, starts it and checks the facts.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runInNetworkNamespace } from '../support/agents-playground/in-network-namespace.js';
import { REPO_ROOT } from '../support/agents-playground/playground-config.js';
import { ACK_COMMENT, CALIBRATION_REASON, LENA_ANSWER, PRIYA_ANSWER, SCREENSHOT_PREFIX } from '../support/review-cycle-e2e-texts.js';

const run = promisify(execFile);
type Facts = Record<string, any>;

const SCREENSHOTS = ['01-cycle-form', '02-cycle-launched', '03-self-review', '04-nominations', '05-manager-approves', '06-playground-priya-card', '07-manager-review', '08-calibrate-dialog', '09-calibrated-released', '10-released', '11-acknowledged'];

describe('Review cycle end to end: Reviews tab in Chromium + peer cards in the Agents Playground (loopback-only namespace)', function () {
  this.timeout(300_000);
  let tabDir = '';

  before(async function () {
    this.timeout(120_000);
    // Build, then serve a private copy so a concurrent build elsewhere cannot pull files from under us.
    await run('node', ['scripts/build.mjs'], { cwd: REPO_ROOT });
    tabDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-review-tab-'));
    await cp(join(REPO_ROOT, 'dist', 'tab'), tabDir, { recursive: true });
  });
  after(async () => {
    if (tabDir) await rm(tabDir, { recursive: true, force: true });
  });

  it('HR launches, Tom self-reviews, Priya and Lena answer from their cards, David reviews beside the OKR context, HR calibrates and releases, Tom acknowledges', async () => {
    const { result: f, stderr } = await runInNetworkNamespace<Facts>('test/support/review-cycle-e2e.scenario.ts', [tabDir], { timeoutMs: 240_000 });
    const context = (part: unknown) => `\n${JSON.stringify(part, null, 1).slice(0, 3000)}\n${stderr.slice(-1500)}`;

    // Both reviewers have a personal chat with Tandem: Priya's in the Playground's world, Lena's made for her.
    assert.match(f.install.lenaChat, /@test\.user$/);
    assert.equal(f.install.lenaWelcomeStatus, 201, 'the welcome reached Lena\'s chat');
    assert.equal(f.install.lenaReference, f.install.lenaChat);

    // The cycle HR launched in the tab: attributed peer feedback, the self phase first.
    assert.equal(f.cycle.anonymity, 'attributed');
    assert.equal(f.cycle.phaseAfterLaunch, 'self');

    // Priya's card, in her personal chat: who it is about, who sees her name, the competencies and questions.
    const p = f.priya;
    assert.equal(p.texts[0], 'Feedback for Tom Becker', context(p));
    for (const line of ['Cycle: Engineering leads review', 'About: Tom Becker, Engineering Manager, Mobile', 'Relation: Peer', 'Delivery', 'Collaboration', 'Growth', '1. What went well in this period? (required)', '2. What would you do differently? (required)', '3. Where do you want to grow next?']) {
      assert.ok(p.texts.includes(line), `Priya's card shows "${line}"`);
    }
    assert.ok(p.texts.includes("Attributed: Tom will see your name next to your answers once the review is released; Tom's manager and HR see it too."), 'the anonymity sentence');
    assert.deepEqual(p.inputIds, ['rating_c1', 'rating_c2', 'rating_c3', 'answer_q1', 'answer_q2', 'answer_q3']);
    assert.match(p.renderedText, /Feedback for Tom Becker[\s\S]*Submit feedback/, 'the Playground web UI rendered the card');
    // review.respond: the confirmation card replaces the form, and the answer is stored as Priya's.
    assert.equal(p.resultType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(p.resultTexts[0], 'Thank you: your feedback for Tom Becker is submitted');
    assert.ok(p.resultTexts.includes(PRIYA_ANSWER));
    assert.deepEqual(p.replacedTexts, p.resultTexts, 'the Playground swapped the confirmation into the message');
    assert.equal(p.status, 'submitted');
    assert.equal(p.answers.q1, PRIYA_ANSWER);
    assert.deepEqual(p.ratings, { c1: 4, c2: 4, c3: 4 });

    // Lena's card reached her own chat (201 from the Playground's connector); her invoke from that chat submitted it.
    const l = f.lena;
    assert.equal(l.sendStatus, 201, context(l));
    assert.equal(l.texts[0], 'Feedback for Tom Becker');
    assert.equal(l.invokeStatus, 200);
    assert.deepEqual(l.invokeResponse, { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    assert.equal(l.resultTexts[0], 'Thank you: your feedback for Tom Becker is submitted');
    assert.equal(l.status, 'submitted');
    assert.equal(l.answers.q1, LENA_ANSWER);
    assert.equal(l.cardsToPriya, 1, 'one card to Priya');
    assert.equal(l.cardsToLena, 1, 'one card to Lena');

    // The manager's form had the OKR context beside it, labelled as context, and the attributed answers.
    const m = f.manager;
    assert.match(m.contextText, /^OKR context\nContext, not a score/);
    assert.ok(m.contextBox.x >= m.formBox.x + m.formBox.width - 1, 'the context is beside the form');
    for (const text of ['Priya Nair · Peer', 'Lena Fischer · Peer', PRIYA_ANSWER, LENA_ANSWER]) assert.ok(m.managerPeerText.includes(text), `the manager sees "${text}"`);

    // HR's calibration: an adjusted rating with its reason, then the release.
    assert.deepEqual(f.calibration, { adjusted: 4, final: 4, reason: CALIBRATION_REASON, released: true });

    // Tom's released review: the calibrated rating, the attributed peer feedback, not HR's reason; acknowledged.
    const r = f.released;
    assert.equal(r.finalRating, '4 · Exceeds expectations');
    for (const text of ['Answers show who wrote them.', 'Priya Nair · Peer', 'Lena Fischer · Peer', PRIYA_ANSWER, LENA_ANSWER]) assert.ok(r.releasedPeerText.includes(text), `Tom sees "${text}"`);
    assert.equal(r.hasCalibrationReason, false, 'the calibration reason is HR\'s');
    assert.equal(r.acknowledgement.acknowledged, true);
    assert.equal(r.acknowledgement.comment, ACK_COMMENT);

    assert.deepEqual(f.pageErrors, []);
    assert.deepEqual(f.blocked, [], 'the tab asked for nothing beyond loopback');
    for (const name of SCREENSHOTS) {
      const path = join(REPO_ROOT, 'test-output', 'screenshots', `${SCREENSHOT_PREFIX}${name}.png`);
      assert.ok(existsSync(path) && statSync(path).size > 10_000, `${path} should be a real screenshot`);
    }
  });
});
