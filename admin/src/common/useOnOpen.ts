import { useState } from 'react';

/**
 * Runs `reset` when a dialog goes from closed to open, so each opening starts blank: state is reset
 * while rendering, as React advises for state that follows a prop, rather than in an effect that
 * would render twice.
 */
export function useOnOpen(open: boolean, reset: () => void): void {
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) reset();
  }
}
