/**
 * "Share to stage" from the side panel: teams-js meeting.shareAppContentToStage with a URL of this
 * tab that names what to show. teams-js is the instance the host detection loaded (one chunk).
 */
export async function shareToStage(url: string): Promise<void> {
  const { meeting } = await import('@microsoft/teams-js');
  await new Promise<void>((resolve, reject) => {
    meeting.shareAppContentToStage((error, result) => {
      if (error || !result) reject(new Error(error?.message ?? 'not shared'));
      else resolve();
    }, url);
  });
}

/** The stage URL: this tab, in stage view, showing one subject's public board. */
export function stageUrl(subject: string, location: Location = window.location): string {
  const params = new URLSearchParams({ host: 'teams', view: 'stage', subject });
  return `${location.origin}/?${params}`;
}
