// teams-js is loaded only when the tab is really hosted, so a plain browser never downloads it.
type TeamsJs = typeof import('@microsoft/teams-js');
let teams: TeamsJs | null = null;

export type ThemeName = 'default' | 'dark' | 'contrast';
export type FrameContext = 'content' | 'settings' | 'sidePanel' | 'meetingStage' | 'remove' | 'task' | 'authentication' | 'none';

export interface HostInfo {
  /** True when running inside Teams (or a host that speaks its protocol). */
  readonly inTeams: boolean;
  readonly theme: ThemeName;
  readonly frameContext: FrameContext;
  readonly locale: string;
  readonly userId: string | null;
  readonly tenantId: string | null;
  readonly subEntityId: string | null;
  /** In a Teams meeting (side panel, stage, meeting chat or details tab): the meeting and its chat, as Teams says. */
  readonly meetingId: string | null;
  readonly chatId: string | null;
}

/** Teams answers initialize() quickly; without a host it would hang for a minute, so we give up early. */
export const INITIALIZE_TIMEOUT_MS = 3000;

const browserHost = (): HostInfo => ({
  inTeams: false,
  theme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default',
  frameContext: 'content',
  locale: navigator.language || 'en-US',
  userId: null,
  tenantId: null,
  subEntityId: null,
  meetingId: null,
  chatId: null,
});

const asTheme = (value: string | undefined): ThemeName => (value === 'dark' || value === 'contrast' ? value : 'default');

/**
 * Detects the host. Manifest URLs carry ?host=teams; a top-level window is never hosted (initialize
 * rejects at once there anyway); inside an iframe the initialize call races a short timeout.
 */
export async function detectHost(location: Location = window.location): Promise<HostInfo> {
  const wantsTeams = new URLSearchParams(location.search).get('host') === 'teams';
  const framed = window.parent !== window;
  if (!wantsTeams || !framed) return browserHost();
  try {
    teams = await import('@microsoft/teams-js');
    const { app } = teams;
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('Teams did not answer')), INITIALIZE_TIMEOUT_MS)),
    ]);
    const context = await app.getContext();
    return {
      inTeams: true,
      theme: asTheme(context.app.theme),
      frameContext: (context.page.frameContext ?? 'content') as FrameContext,
      locale: context.app.locale || navigator.language || 'en-US',
      userId: context.user?.id ?? null,
      tenantId: context.user?.tenant?.id ?? null,
      subEntityId: context.page.subPageId ?? null,
      meetingId: context.meeting?.id ?? null,
      chatId: context.chat?.id ?? null,
    };
  } catch {
    return browserHost();
  }
}

export function onThemeChange(host: HostInfo, handler: (theme: ThemeName) => void): void {
  if (host.inTeams && teams) teams.app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme)));
}

/** Tells Teams the tab is ready, which hides its loading indicator. */
export function notifyReady(host: HostInfo): void {
  if (host.inTeams && teams) void teams.app.notifySuccess();
}
