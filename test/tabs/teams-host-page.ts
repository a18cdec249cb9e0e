/**
 * A stand-in for the Teams client: a page on the Tandem origin (served by page.route, so the server
 * needs no test route) that embeds the tab in an iframe and answers the teams-js host protocol.
 *
 * It must be the SAME origin as the tab: teams-js accepts a message from its parent without further
 * checks only when the origins match; any other origin must be https and on its list of Teams domains.
 *
 * The protocol (teams-js 2.58, internal/communication.js): the app posts `{id, uuidAsString, func,
 * args, apiVersionTag, ...}` to window.parent; the host answers on the same window with
 * `{id, uuidAsString, args}`, or pushes an event as `{func, args}` (no numeric id).
 * - initialize: args [sdkVersion, runtimeVersion, additionalValidOrigins]; answered with
 *   [frameContext, hostClientType, runtimeConfig (JSON text, apiVersion 4), clientSupportedSDKVersion].
 * - getContext: answered with [the legacy flat context: locale, theme, frameContext, userObjectId, tid, ...].
 * - appInitialization.success (notifySuccess), settings.setValidityState, registerHandler: one-way.
 * - settings.setSettings (pages.config.setConfig): answered with [true] (status, reason).
 * - host pushes: themeChange [theme]; settings.save [{...}] to trigger the configuration page's save.
 * - meetings: getContext carries meetingId and chatId; meeting.shareAppContentToStage is answered
 *   [null, true] (and logged); meeting.getAppContentStageSharingCapabilities [null, { doesAppHaveSharePermission }].
 *
 * As the local dev host, the page also tells Tandem what Teams would know: with `meeting`, it
 * registers the meeting and its participants (POST /api/v1/dev/meetings, local mode only) before the
 * tab loads; with `devUserId`, it picks the acting user the way the tab's user switcher does.
 */
import type { Frame, Page } from 'playwright-core';

export type HostFrameContext = 'content' | 'settings' | 'sidePanel' | 'meetingStage' | 'remove' | 'task';

export interface TeamsHostOptions {
  readonly frameContext?: HostFrameContext;
  readonly theme?: 'default' | 'dark' | 'contrast';
  readonly locale?: string;
  readonly userObjectId?: string;
  readonly tenantId?: string;
  /** The tab's path and query on the Tandem origin, e.g. `/?host=teams#/my`. */
  readonly tabPath?: string;
  readonly hostClientType?: 'web' | 'desktop' | 'android' | 'ios';
  /** A Teams meeting the tab runs in (side panel, stage, meeting chat or details tab). */
  readonly meeting?: HostMeeting;
  /** Local mode: the acting user (what the user switcher stores), set before the tab loads. */
  readonly devUserId?: string;
}

export interface HostMeeting {
  /** The BASE64 meeting id getContext reports (`meeting.id`). */
  readonly id: string;
  /** The meeting chat (`chat.id`). */
  readonly chatId: string;
  /** Registered with the local server as the meeting's roster; omit to register nothing. */
  readonly participants?: readonly { readonly personId: string; readonly role?: 'organizer' | 'presenter' | 'attendee' | 'guest' }[];
}

export interface HostMessage {
  readonly func: string;
  readonly args: unknown[];
  readonly at: number;
}

export interface TeamsHost {
  readonly page: Page;
  /** The tab's frame. */
  frame(): Frame;
  /** Every message the tab sent to the host, in order. */
  messages(): Promise<HostMessage[]>;
  /** Waits until the tab sent a message with this func (and, optionally, matching args). */
  waitForMessage(func: string, match?: (args: unknown[]) => boolean, timeoutMs?: number): Promise<HostMessage>;
  /** Pushes a theme change to the tab, as Teams does when the user switches theme. */
  pushTheme(theme: 'default' | 'dark' | 'contrast'): Promise<void>;
  /** Presses the configuration dialog's Save button. */
  pressSave(): Promise<void>;
}

export const HOST_PATH = '/__host.html';

function hostHtml(options: Required<Omit<TeamsHostOptions, 'meeting' | 'devUserId'>> & Pick<TeamsHostOptions, 'meeting' | 'devUserId'>): string {
  const runtime = {
    apiVersion: 4,
    isLegacyTeams: false,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: { app: {}, appInstallDialog: {}, dialog: { card: {}, url: {}, update: {} }, pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, tabs: {} }, teamsCore: {}, ...(options.meeting ? { meeting: {} } : {}) },
  };
  const context = {
    locale: options.locale,
    theme: options.theme,
    frameContext: options.frameContext,
    entityId: 'tandem-test',
    subEntityId: null,
    userObjectId: options.userObjectId,
    userPrincipalName: 'test.user@contoso.example',
    loginHint: 'test.user@contoso.example',
    tid: options.tenantId,
    hostClientType: options.hostClientType,
    hostName: 'Teams',
    appSessionId: 'test-session',
    isFullScreen: false,
    ...(options.meeting ? { meetingId: options.meeting.id, chatId: options.meeting.chatId } : {}),
  };
  const registration = options.meeting?.participants
    ? { meetingId: options.meeting.id, chatId: options.meeting.chatId, participants: options.meeting.participants.map((p) => ({ personId: p.personId, role: p.role ?? 'attendee' })) }
    : null;
  const config = { runtime: JSON.stringify(runtime), context, frameContext: options.frameContext, hostClientType: options.hostClientType, tabPath: options.tabPath, registration, devUserId: options.devUserId ?? null };
  // The script runs in the browser; keep it plain ES2020.
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Teams test host</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style></head>
<body>
<iframe id="tab" title="Tandem tab"${options.meeting || options.devUserId ? '' : ` src="${options.tabPath.replace(/"/g, '&quot;')}"`}></iframe>
<script>
(function () {
  const config = ${JSON.stringify(config).replace(/</g, '\\u003c')};
  const frame = document.getElementById('tab');
  const log = [];
  window.__teamsHost = {
    log: log,
    push: function (func, args) { frame.contentWindow.postMessage({ func: func, args: args }, location.origin); },
  };
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) return;
    const m = event.data;
    if (!m || typeof m !== 'object' || typeof m.func !== 'string') return;
    log.push({ func: m.func, args: Array.isArray(m.args) ? m.args : [], at: performance.now() });
    const reply = function (args) {
      event.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args: args }, event.origin);
    };
    switch (m.func) {
      case 'initialize':
        reply([config.frameContext, config.hostClientType, config.runtime, '2.58.0']);
        break;
      case 'getContext':
        reply([config.context]);
        break;
      case 'settings.setSettings':
        reply([true, null]);
        break;
      case 'settings.getSettings':
        reply([{ entityId: 'tandem-test', contentUrl: location.origin + '/?host=teams' }]);
        break;
      case 'meeting.shareAppContentToStage':
        reply([null, true]);
        break;
      case 'meeting.getAppContentStageSharingCapabilities':
        reply([null, { doesAppHaveSharePermission: true }]);
        break;
      default:
        // One-way messages (appInitialization.success, registerHandler, settings.setValidityState, ...).
        break;
    }
  });
  // The local dev host: the acting user and the meeting's roster first, then the tab.
  if (!frame.getAttribute('src')) {
    if (config.devUserId) sessionStorage.setItem('tandem.devUser', config.devUserId);
    const registered = config.registration
      ? fetch('/api/v1/dev/meetings', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(config.registration) }).then(function (r) {
          window.__teamsHost.registration = r.status;
        })
      : Promise.resolve();
    registered.then(function () { frame.src = config.tabPath; }, function () { frame.src = config.tabPath; });
  }
})();
</script>
</body></html>`;
}

/**
 * Opens the test host on `tandemUrl` in the page and loads the tab inside it. Resolves once the
 * tab's frame exists (not when the tab finished loading).
 */
export async function openInTeamsHost(page: Page, tandemUrl: string, options: TeamsHostOptions = {}): Promise<TeamsHost> {
  const full: Required<Omit<TeamsHostOptions, 'meeting' | 'devUserId'>> & Pick<TeamsHostOptions, 'meeting' | 'devUserId'> = {
    frameContext: options.frameContext ?? 'content',
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'en-US',
    userObjectId: options.userObjectId ?? '00000000-0000-4000-8000-000000000001',
    tenantId: options.tenantId ?? '00000000-0000-4000-8000-000000000002',
    tabPath: options.tabPath ?? '/?host=teams#/my',
    hostClientType: options.hostClientType ?? 'web',
    ...(options.meeting ? { meeting: options.meeting } : {}),
    ...(options.devUserId ? { devUserId: options.devUserId } : {}),
  };
  const html = hostHtml(full);
  await page.route(`${tandemUrl}${HOST_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${tandemUrl}${HOST_PATH}`);

  const tabFrame = (): Frame => {
    const found = page.frames().find((f) => f !== page.mainFrame() && f.parentFrame() === page.mainFrame());
    if (!found) throw new Error('The tab frame is not there');
    return found;
  };
  const messages = () => page.evaluate(() => (window as unknown as { __teamsHost: { log: HostMessage[] } }).__teamsHost.log.slice());
  return {
    page,
    frame: tabFrame,
    messages,
    waitForMessage: async (func, match = () => true, timeoutMs = 10_000) => {
      const handle = await page.waitForFunction(
        ([name, matchSource]) => {
          const test = new Function('args', `return (${matchSource})(args);`) as (args: unknown[]) => boolean;
          return (window as unknown as { __teamsHost: { log: HostMessage[] } }).__teamsHost.log.find((m) => m.func === name && test(m.args)) ?? false;
        },
        [func, match.toString()] as const,
        { timeout: timeoutMs },
      );
      return (await handle.jsonValue()) as HostMessage;
    },
    pushTheme: (theme) => page.evaluate((t) => (window as unknown as { __teamsHost: { push(f: string, a: unknown[]): void } }).__teamsHost.push('themeChange', [t]), theme),
    pressSave: () => page.evaluate(() => (window as unknown as { __teamsHost: { push(f: string, a: unknown[]): void } }).__teamsHost.push('settings.save', [{}])),
  };
}
