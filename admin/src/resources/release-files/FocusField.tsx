import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';

/**
 * Brings the first field the server refused into view. react-hook-form focuses the fields that fail
 * its own checks, but not those named by a server answer, which may be far down a long dialog.
 */
export function FocusField({ names }: { names?: string[] }) {
  const { setFocus } = useFormContext();
  const first = names?.[0];
  useEffect(() => {
    if (first) setFocus(first, { shouldSelect: false });
  }, [first, names, setFocus]);
  return null;
}
