import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client.js';
import { checkDraft, type CheckRequest, type CoachCheck } from './coach-api.js';

/** How long typing must pause before the coach looks again. */
export const COACH_DEBOUNCE_MS = 400;

/**
 * The coach's checks for what the form holds, asked for once the person pauses typing. Only the
 * answer to the latest draft is shown; a failed check keeps the previous hints (they are advice,
 * and the form works without them).
 */
export function useCoachChecks(api: ApiClient, request: CheckRequest | null, delay = COACH_DEBOUNCE_MS): CoachCheck[] {
  const [checks, setChecks] = useState<CoachCheck[]>([]);
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!request) {
      setChecks([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      checkDraft(api, request).then(
        (next) => current && setChecks(next),
        () => undefined,
      );
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The request is compared by value (key), not by identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, delay]);
  return checks;
}
