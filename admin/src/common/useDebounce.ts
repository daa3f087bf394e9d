import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `ms` (a search box's text, before it is sent). */
export function useDebounce<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
