/**
 * The setup every headless-Chromium tab suite shares: the tab built (once per mocha process),
 * served from a private copy by a real Tandem, one Chromium, pages closed after each case, axe
 * with a summary of the minor findings, and opening the tab as someone through the user switcher.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { startTestTandem, type TestTandem } from '../support/tandem-harness.js';
import { launchBrowser, screenshotFailures, trackAxe, trackPages, type TestBrowser } from './browser.js';

const run = promisify(execFile);
let build: Promise<void> | undefined;

/** Runs scripts/build.mjs once per process: every suite after the first reuses that build. */
export const buildTabOnce = (): Promise<void> => (build ??= run('node', ['scripts/build.mjs']).then(() => undefined));

/** Builds the tab (once) and copies dist/tab to a fresh temp folder, so a later build cannot pull files from under a suite. */
export async function privateTabCopy(prefix = 'tandem-tab-'): Promise<string> {
  await buildTabOnce();
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await cp('dist/tab', dir, { recursive: true });
  return dir;
}

const userSwitcher = (page: Page) => page.locator('select[data-user-switcher]');

/** Picks someone in the tab's user switcher (by display name) and waits for the reload as them. */
export async function switchUser(page: Page, displayName: string): Promise<void> {
  const reloaded = page.waitForEvent('load');
  const value = await userSwitcher(page).evaluate((el, name) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith(`${name} —`))?.value ?? '', displayName);
  assert.ok(value, `${displayName} is in the user switcher`);
  await userSwitcher(page).selectOption(value);
  await reloaded;
  await page.waitForFunction(
    (name) => (document.querySelector('select[data-user-switcher]') as HTMLSelectElement | null)?.selectedOptions[0]?.textContent?.startsWith(name) ?? false,
    displayName,
  );
}

/** Opens the tab of `server` at a hash; with a display name, as that person (through the user switcher when needed). */
export async function openTab(page: Page, server: TestTandem, hash: string, displayName?: string): Promise<void> {
  await page.goto(`${server.url}/#${hash}`);
  await userSwitcher(page).waitFor();
  if (displayName === undefined) return;
  const shown = await userSwitcher(page).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  if (!shown.startsWith(`${displayName} —`)) await switchUser(page, displayName);
}

export interface TabSuiteOptions {
  /** Settings for the Tandem besides TAB_DIR (startTestTandem's env). */
  readonly env?: Record<string, string>;
  /** The prefix of the temp folder holding the tab's copy. */
  readonly tempPrefix?: string;
  /** The timeout of the setup hook (building the tab is the slow part). */
  readonly setupTimeout?: number;
  /** Screenshots of every open page when a case fails, named `<prefix>-failed-…`. */
  readonly failureScreenshots?: string;
}

export interface TabSuite {
  /** The Tandem serving the tab (available from the suite's own before hooks on). */
  t(): TestTandem;
  browser(): TestBrowser;
  /** The folder the tab is served from (to start another Tandem on it). */
  tabDir(): string;
  newPage(width?: number, height?: number): Promise<Page>;
  noPageErrors(page: Page): void;
  /** Opens the tab at a hash, as the person with this display name when given. */
  openAs(page: Page, hash: string, displayName?: string, server?: TestTandem): Promise<void>;
  /** axe on a view: fails on serious and critical violations, lists the rest after the suite. */
  axe(page: Page, view: string): Promise<void>;
}

/**
 * Call inside a describe, before the suite's own hooks: registers the before/after/afterEach hooks
 * and returns accessors (the Tandem and the browser exist once the before hook ran).
 */
export function tabSuite(options: TabSuiteOptions = {}): TabSuite {
  let t: TestTandem | undefined;
  let browser: TestBrowser | undefined;
  let tabDir: string | undefined;

  before(async function () {
    this.timeout(options.setupTimeout ?? 120_000);
    tabDir = await privateTabCopy(options.tempPrefix);
    t = await startTestTandem({ TAB_DIR: tabDir, ...options.env });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await t?.close();
    if (tabDir) await rm(tabDir, { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined, what: string): T => {
    assert.ok(value !== undefined, `${what} is not started yet: use it inside a hook or a test`);
    return value;
  };
  const tandem = () => started(t, 'the Tandem');
  const chromium = () => started(browser, 'the browser');

  // Registered before trackPages closes the pages: a failing case leaves a picture of where it stopped.
  if (options.failureScreenshots) screenshotFailures(() => browser, options.failureScreenshots);
  const { newPage, noPageErrors } = trackPages(chromium);
  const { axe } = trackAxe();

  return {
    t: tandem,
    browser: chromium,
    tabDir: () => started(tabDir, 'the tab folder'),
    newPage,
    noPageErrors,
    openAs: (page, hash, displayName, server) => openTab(page, server ?? tandem(), hash, displayName),
    axe,
  };
}
