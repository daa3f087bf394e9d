/** Why a job of a FairQueue did not run to its end. */
export type QueueRefusal =
  /** The owner already has `perOwner` jobs waiting or running. */
  | 'owner-full'
  /** `total` jobs are waiting or running, whoever owns them. */
  | 'busy'
  /** The job ran longer than `timeoutMs` and was stopped. */
  | 'timeout'
  /** The caller's signal aborted (the client went away). */
  | 'cancelled';

export class QueueError extends Error {
  constructor(readonly reason: QueueRefusal) {
    super(`render job ${reason}`);
  }
}

export interface QueueLimits {
  /** Jobs running at once (the pool's threads). */
  concurrency: number;
  /** Jobs one owner may have waiting or running; the next is refused at once. */
  perOwner: number;
  /** Jobs all owners together may have waiting or running. */
  total: number;
  /** Longest a job may run, counted from when it starts (time spent waiting does not count). */
  timeoutMs: number;
}

/** Runs one job; must stop (and reject) when `signal` aborts. */
export type Runner<I, O> = (input: I, signal: AbortSignal) => Promise<O>;

interface Job<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
  controller: AbortController;
  detach: () => void;
}

interface Owner<I, O> {
  waiting: Job<I, O>[];
  /** Waiting or running. */
  pending: number;
  running: number;
  /** When this owner last had a job started (a turn number); 0: never. */
  lastTurn: number;
}

/**
 * A bounded queue in front of a pool of `concurrency` runners, fair between owners: the next job
 * started is the waiting one whose owner has the fewest jobs running, and among those the owner
 * whose last turn is the oldest. So one user's backlog never holds up another user's job by more
 * than the jobs already running; each owner has at most `perOwner` jobs in it (the next is
 * refused, not queued), and everyone together at most `total`.
 */
export class FairQueue<I, O> {
  readonly #owners = new Map<unknown, Owner<I, O>>();
  #pending = 0;
  #running = 0;
  #turn = 0;

  constructor(
    readonly limits: QueueLimits,
    private readonly run: Runner<I, O>,
  ) {}

  /** Jobs waiting or running, and of those running. */
  get size(): { pending: number; running: number } {
    return { pending: this.#pending, running: this.#running };
  }

  /**
   * Queues a job of `owner` (none: a caller outside any request, bounded only by `total`). Rejects
   * with a QueueError when refused, stopped at its time limit or cancelled through `signal`; with
   * the runner's own error otherwise.
   */
  submit(owner: string | undefined, input: I, signal?: AbortSignal): Promise<O> {
    const key: unknown = owner ?? Symbol('no owner');
    const entry = this.#owners.get(key);
    if (entry && entry.pending >= this.limits.perOwner) return Promise.reject(new QueueError('owner-full'));
    if (this.#pending >= this.limits.total) return Promise.reject(new QueueError('busy'));
    if (signal?.aborted) return Promise.reject(new QueueError('cancelled'));
    const slot = entry ?? { waiting: [], pending: 0, running: 0, lastTurn: 0 };
    if (!entry) this.#owners.set(key, slot);
    return new Promise<O>((resolve, reject) => {
      const controller = new AbortController();
      const job: Job<I, O> = { input, resolve, reject, controller, detach: () => {} };
      if (signal) {
        const onAbort = () => {
          const index = slot.waiting.indexOf(job);
          if (index >= 0) {
            // Not started: it leaves the queue and frees its place at once.
            slot.waiting.splice(index, 1);
            this.#release(key, slot, false);
            reject(new QueueError('cancelled'));
          } else controller.abort(new QueueError('cancelled')); // running: the runner stops it
        };
        signal.addEventListener('abort', onAbort, { once: true });
        job.detach = () => signal.removeEventListener('abort', onAbort);
      }
      slot.waiting.push(job);
      slot.pending += 1;
      this.#pending += 1;
      this.#pump();
    });
  }

  #release(key: unknown, owner: Owner<I, O>, ran: boolean): void {
    owner.pending -= 1;
    this.#pending -= 1;
    if (ran) {
      owner.running -= 1;
      this.#running -= 1;
    }
    if (owner.pending === 0) this.#owners.delete(key);
    this.#pump();
  }

  #pump(): void {
    while (this.#running < this.limits.concurrency) {
      let next: [unknown, Owner<I, O>] | undefined;
      for (const candidate of this.#owners) {
        const [, owner] = candidate;
        if (owner.waiting.length === 0) continue;
        if (!next || owner.running < next[1].running || (owner.running === next[1].running && owner.lastTurn < next[1].lastTurn))
          next = candidate;
      }
      if (!next) return;
      const [key, owner] = next;
      const job = owner.waiting.shift()!;
      owner.running += 1;
      owner.lastTurn = ++this.#turn;
      this.#running += 1;
      this.#start(key, owner, job);
    }
  }

  #start(key: unknown, owner: Owner<I, O>, job: Job<I, O>): void {
    const { controller } = job;
    const timer = setTimeout(() => controller.abort(new QueueError('timeout')), this.limits.timeoutMs);
    const settle = (ok: boolean, value: unknown) => {
      clearTimeout(timer);
      job.detach();
      this.#release(key, owner, true);
      // Stopped by its time limit or its caller: say so, whatever the runner rejected with.
      if (controller.signal.aborted) job.reject(controller.signal.reason);
      else if (ok) job.resolve(value as O);
      else job.reject(value);
    };
    let running: Promise<O>;
    try {
      running = this.run(job.input, controller.signal);
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (output) => settle(true, output),
      (error) => settle(false, error),
    );
  }
}
