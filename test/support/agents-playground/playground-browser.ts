/**
 * Headless Chromium on the Playground's web UI, inside the loopback-only namespace (it refuses to
 * start elsewhere). Debian's chromium driven by playwright-core, the project's flags, a fresh profile.
 *
 * As a command (inside the namespace, e.g. from `scripts/playground.sh --screenshot`):
 *   node --import tsx test/support/agents-playground/playground-browser.ts <playground-url> <out.png> [text to send]
 * opens the UI, optionally types a message to the bot in the compose box, waits for the bot's answer
 * to render, and saves a screenshot.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_FLAGS as TAB_CHROMIUM_FLAGS } from '../../tabs/browser.js';
import { assertLoopbackOnlyNetwork } from './in-network-namespace.js';

export { CHROMIUM_PATH };
export const CHROMIUM_FLAGS = [
  ...TAB_CHROMIUM_FLAGS,
  // Belt and braces: the namespace has no route out anyway.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
] as const;

export interface PlaygroundBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests that failed (anything not on loopback fails: fonts, telemetry...). */
  readonly failedRequests: string[];
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

/** Opens the Playground UI and waits until its compose box is ready (the UI has then connected its WebSocket). */
export async function openPlaygroundUi(url: string, options: { width?: number; height?: number; timeoutMs?: number } = {}): Promise<PlaygroundBrowser> {
  assertLoopbackOnlyNetwork('Chromium');
  const userDataDir = await mkdtemp(join(tmpdir(), 'tandem-playground-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const failedRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('requestfailed', (r) => failedRequests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  await composeBox(page).waitFor({ state: 'visible', timeout: options.timeoutMs ?? 30_000 });
  return {
    context,
    page,
    failedRequests,
    consoleErrors,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The message compose box of the open conversation. */
export function composeBox(page: Page) {
  return page.locator('[data-lexical-editor="true"][contenteditable="true"]').first();
}

/** Types a message into the compose box and sends it with Enter, like a user. */
export async function typeMessage(page: Page, text: string): Promise<void> {
  const box = composeBox(page);
  await box.click();
  await box.fill(text);
  await box.press('Enter');
}

/** Waits for a rendered Adaptive Card containing `text` (the Playground renders cards with the adaptivecards SDK: `.ac-adaptiveCard`). */
export async function waitForRenderedCard(page: Page, text: string, timeoutMs = 15_000) {
  const card = page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
  await card.waitFor({ state: 'visible', timeout: timeoutMs });
  return card;
}

export async function saveScreenshot(page: Page, path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path });
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [url, out, text] = process.argv.slice(2);
  if (!url || !out) {
    process.stderr.write('usage: playground-browser.ts <playground-url> <out.png> [text to send]\n');
    process.exit(2);
  }
  const ui = await openPlaygroundUi(url);
  try {
    if (text) {
      await typeMessage(ui.page, text);
      // Give the bot time to answer and the card renderer time to lay out.
      await ui.page.waitForTimeout(3000);
    }
    process.stdout.write(`saved ${await saveScreenshot(ui.page, out)}\n`);
  } finally {
    await ui.close();
  }
}
