import { describe, expect, it } from 'vitest';
import { FairQueue, QueueError, type QueueLimits } from '../server/render/queue.js';

/** A runner whose jobs finish when the test says so (or stop when their signal aborts). */
function controlledRunner() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const signals = new Map<string, AbortSignal>();
  const run = (input: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      started.push(input);
      signals.set(input, signal);
      finish.set(input, () => resolve(`done ${input}`));
      signal.addEventListener('abort', () => reject(new Error('stopped')));
    });
  return { run, started, finish: (input: string) => finish.get(input)!(), signals };
}

const limits = (overrides: Partial<QueueLimits> = {}): QueueLimits => ({
  concurrency: 1,
  perOwner: 3,
  total: 10,
  timeoutMs: 60_000,
  ...overrides,
});
const reason = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error) => (error instanceof QueueError ? error.reason : String(error)),
  );

describe('FairQueue', () => {
  it('starts the next job of the owner with the fewest running and the oldest turn, so one backlog does not hold others up', async () => {
    const runner = controlledRunner();
    const queue = new FairQueue(limits(), runner.run);
    const jobs = ['a1', 'a2', 'a3'].map((job) => queue.submit('a', job));
    jobs.push(queue.submit('b', 'b1'), queue.submit('c', 'c1'));
    expect(runner.started).toEqual(['a1']);
    for (const job of ['a1', 'b1', 'c1', 'a2', 'a3']) {
      expect(runner.started.at(-1)).toBe(job);
      runner.finish(job);
      await Promise.resolve();
    }
    expect(await Promise.all(jobs)).toEqual(['done a1', 'done a2', 'done a3', 'done b1', 'done c1']);
    expect(queue.size).toEqual({ pending: 0, running: 0 });
  });

  it('refuses an owner past its bound and everyone past the total, without queueing', async () => {
    const runner = controlledRunner();
    const queue = new FairQueue(limits({ perOwner: 2, total: 3 }), runner.run);
    const admitted = [queue.submit('a', 'a1'), queue.submit('a', 'a2')];
    expect(await reason(queue.submit('a', 'a3'))).toBe('owner-full');
    admitted.push(queue.submit('b', 'b1'));
    expect(await reason(queue.submit('c', 'c1'))).toBe('busy');
    expect(await reason(queue.submit(undefined, 'x'))).toBe('busy');
    expect(queue.size).toEqual({ pending: 3, running: 1 });
    for (const job of ['a1', 'b1', 'a2']) {
      runner.finish(job);
      await Promise.resolve();
    }
    await Promise.all(admitted);
    // Places are given back: the owner and the others are admitted again.
    const again = queue.submit('a', 'a4');
    runner.finish('a4');
    expect(await again).toBe('done a4');
  });

  it('stops a job at its time limit, counted from its start, and starts the next', async () => {
    const runner = controlledRunner();
    const queue = new FairQueue(limits({ timeoutMs: 50 }), runner.run);
    const stuck = queue.submit('a', 'stuck');
    const next = queue.submit('b', 'next');
    expect(await reason(stuck)).toBe('timeout');
    expect(runner.signals.get('stuck')!.aborted).toBe(true);
    expect(runner.started).toEqual(['stuck', 'next']);
    runner.finish('next');
    expect(await next).toBe('done next');
  });

  it('drops a waiting job whose caller gives up, and stops a running one', async () => {
    const runner = controlledRunner();
    const queue = new FairQueue(limits(), runner.run);
    const running = new AbortController();
    const waiting = new AbortController();
    const first = queue.submit('a', 'first', running.signal);
    const second = queue.submit('a', 'second', waiting.signal);
    waiting.abort();
    expect(await reason(second)).toBe('cancelled');
    expect(queue.size).toEqual({ pending: 1, running: 1 });
    running.abort();
    expect(await reason(first)).toBe('cancelled');
    expect(runner.signals.get('first')!.aborted).toBe(true);
    expect(runner.started).toEqual(['first']);
    expect(queue.size).toEqual({ pending: 0, running: 0 });
  });

  it("passes on a runner's own failure", async () => {
    const queue = new FairQueue(limits(), () => Promise.reject(new Error('broken')));
    expect(await reason(queue.submit('a', 'x'))).toBe('Error: broken');
    expect(queue.size).toEqual({ pending: 0, running: 0 });
  });
});
