import { useEffect, useState } from 'react';

/** Seconds since `since`, ticking while `running` (every 200 ms): a long import shows it is still working. */
export function useElapsed(since: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 200);
    return () => window.clearInterval(timer);
  }, [running, since]);
  return running ? Math.max(0, (now - since) / 1000) : 0;
}
