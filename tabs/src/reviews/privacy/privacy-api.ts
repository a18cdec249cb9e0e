import type { ApiClient } from '../../api/api-client.js';
import type { ErasureOutcome } from '../../../../src/app/performance/personal-data/erase-person.js';

export type { ErasureOutcome };

/** The file name the server chose (Content-Disposition), or a fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (exact) return decodeURIComponent(exact[1]!);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/** Saves a blob through the browser's download (a Blob URL on a temporary link). */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads a person's personal data export; resolves with the file name. */
export async function downloadPersonalData(api: ApiClient, personId: string): Promise<string> {
  const response = await api.raw('GET', `/people/${encodeURIComponent(personId)}/personal-data`);
  const fileName = fileNameOf(response, `tandem-personal-data-${personId}.json`);
  saveBlob(await response.blob(), fileName);
  return fileName;
}

export const erasePerson = (api: ApiClient, personId: string, confirm: string) => api.post<ErasureOutcome>(`/people/${encodeURIComponent(personId)}/erase`, { confirm });

/** The server's rule, so the button only enables on a confirmation that will be accepted. */
export const confirms = (person: { id: string; displayName: string }, typed: string): boolean => {
  const t = typed.trim().toLocaleLowerCase();
  return t.length > 0 && (t === person.id.toLocaleLowerCase() || t === person.displayName.trim().toLocaleLowerCase());
};
