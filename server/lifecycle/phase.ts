/** Where the process is in its life: readiness and the start-up placeholder read it. */
export type Phase = 'starting' | 'serving' | 'stopping';

export interface Lifecycle {
  phase: Phase;
  /** While starting: whether the last attempt to reach the database succeeded, and why not. */
  databaseReachable: boolean;
  waitingFor?: string;
}

export const newLifecycle = (): Lifecycle => ({ phase: 'starting', databaseReachable: false });

/** For an app built without a process around it (tests): already serving. */
export const servingLifecycle = (): Lifecycle => ({ phase: 'serving', databaseReachable: true });
