/** Where the process is in its life: readiness and the start-up placeholder read it. */
export type Phase = 'starting' | 'serving' | 'stopping';

export interface Lifecycle {
  phase: Phase;
  /** While starting: whether the last attempt to reach the database succeeded, and why not. */
  databaseReachable: boolean;
  waitingFor?: string;
}

export const newLifecycle = (): Lifecycle => ({ phase: 'starting', databaseReachable: false });

/** What a client is told while the process is not serving. */
export const phaseMessage = (lifecycle: Lifecycle): string =>
  lifecycle.phase === 'stopping'
    ? 'The server is shutting down.'
    : `The server is starting${lifecycle.waitingFor ? `: ${lifecycle.waitingFor}` : ''}.`;

/** For an app built without a process around it (tests): already serving. */
export const servingLifecycle = (): Lifecycle => ({ phase: 'serving', databaseReachable: true });
