import { useCallback, useState } from 'react';

const keyOf = (what: string, userId: string | number) => `pydotorg.dismissed.${what}.${userId}`;

function stored(key: string | undefined): boolean {
  if (!key) return false;
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false; // storage refused (private mode): shown again next time, no harm
  }
}

/** Whether this user dismissed `what` in this browser, remembered in localStorage (there are no server-side preferences). */
export function useDismissed(what: string, userId: string | number | undefined): [boolean, () => void] {
  const key = userId === undefined ? undefined : keyOf(what, userId);
  const [dismissedNow, setDismissedNow] = useState<string>();
  const dismiss = useCallback(() => {
    if (!key) return;
    try {
      localStorage.setItem(key, '1');
    } catch {
      // Remembered for this visit only.
    }
    setDismissedNow(key);
  }, [key]);
  return [dismissedNow === key || stored(key), dismiss];
}
