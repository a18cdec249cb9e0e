/**
 * Page steps for the Reviews tab, shared by end-to-end runs (copied from test/tabs/reviews-tab.test.ts,
 * which keeps its own): pick a user with the tab's user switcher, confirm a ConfirmButton dialog, rate
 * on a labelled scale, move a cycle to a phase, pick a cycle in a report's reviews.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/** The display names the user switcher shows ("Priya Nair — Engineering Manager, Platform"). */
export const REVIEW_USER_NAMES = {
  hannah: 'Hannah Lee',
  david: 'David Okafor',
  priya: 'Priya Nair',
  tom: 'Tom Becker',
  lena: 'Lena Fischer',
  arjun: 'Arjun Mehta',
  kenji: 'Kenji Tanaka',
  maria: 'Maria Garcia',
} as const;
export type ReviewUser = keyof typeof REVIEW_USER_NAMES;

const headerUser = (page: Page) => page.locator('select[data-user-switcher]');

/** Opens the tab at `#<hash>` on `baseUrl` as `user`, through the user switcher (a reload when it changes). */
export async function openTabAs(page: Page, baseUrl: string, hash: string, user: ReviewUser): Promise<void> {
  const name = REVIEW_USER_NAMES[user];
  const target = `${baseUrl}/#${hash}`;
  // A goto to the URL the page is on changes nothing (same hash): reload so it shows the data as it is now.
  const same = page.url() === target;
  await page.goto(target);
  if (same) await page.reload();
  await headerUser(page).waitFor();
  const shown = await headerUser(page).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  if (shown.startsWith(`${name} —`)) return;
  const reloaded = page.waitForEvent('load');
  const value = await headerUser(page).evaluate((el, n) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith(`${n} —`))?.value ?? '', name);
  assert.ok(value, `${name} is in the user switcher`);
  await headerUser(page).selectOption(value);
  await reloaded;
  await page.waitForFunction((n) => (document.querySelector('select[data-user-switcher]') as HTMLSelectElement | null)?.selectedOptions[0]?.textContent?.startsWith(n) ?? false, name);
}

/** Confirms the dialog a ConfirmButton opened. */
export async function confirmDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Picks a rating on a labelled scale: the radio group is named after the competency. */
export const rate = (scope: Page | Locator, group: string, option: string): Promise<void> => scope.getByRole('radiogroup', { name: group }).getByRole('radio', { name: option }).check();

export const PHASE_NAMES = { peer: 'Peer feedback', manager: 'Manager review', calibration: 'Calibration' } as const;

/** On HR's cycle detail: "Move to <phase>", confirmed, then waits for the phase badge. */
export async function advanceCycleTo(page: Page, phase: keyof typeof PHASE_NAMES): Promise<void> {
  await page.getByRole('button', { name: `Move to ${PHASE_NAMES[phase]}` }).click();
  await confirmDialog(page);
  await page.locator(`[data-cycle-detail] [data-phase-badge="${phase}"]`).waitFor();
}

/** In a report's reviews (My team): picks the cycle by name when the report has reviews in several. */
export async function chooseReviewCycle(page: Page, cycleName: string, packetId: string): Promise<void> {
  await page.locator('[data-report-reviews]').waitFor();
  const picker = page.locator('[data-report-reviews]').getByRole('combobox', { name: 'Review cycle' });
  if ((await picker.count()) > 0) {
    const value = await picker.evaluate((el, name) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith(name))?.value ?? '', cycleName);
    assert.ok(value, `the cycle "${cycleName}" is offered`);
    await picker.selectOption(value);
  }
  await page.locator(`[data-report-reviews] [data-packet-id="${packetId}"]`).waitFor();
}
