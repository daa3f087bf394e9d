import os from 'node:os';
import { Piscina } from 'piscina';
import { logger } from '../logger.js';
import { FairQueue, type QueueLimits } from './queue.js';

/** What the worker (worker.mjs) is given, and what it answers. */
export interface RenderTask {
  type: string;
  content: string;
}
export type RenderReply = { html: string } | { rstError: string };

/**
 * Threads that render: one core is left to the main thread (requests, the database), at most 4.
 * On 2 cores that is one thread.
 */
export const RENDER_THREADS = Math.max(1, Math.min(os.availableParallelism() - 1, 4));

export const RENDER_LIMITS: QueueLimits = {
  concurrency: RENDER_THREADS,
  // A preview a user waits for; the admin cancels the previous one as they type, so three is plenty.
  perOwner: 3,
  // Everyone's previews together: 64 texts of at most 200,000 characters waiting is about 25 MB.
  total: 64,
  // Counted from when the document starts rendering: a runaway text's thread is terminated and replaced.
  timeoutMs: 3000,
};

/** Heap of one render thread: a text that needs more gets 422, the thread is replaced. */
const WORKER_HEAP_MB = 256;

let pool: Piscina<RenderTask, RenderReply> | undefined;

/** The threads, started on the first render (a CLI command that renders nothing starts none). */
function threads(): Piscina<RenderTask, RenderReply> {
  if (pool) return pool;
  pool = new Piscina<RenderTask, RenderReply>({
    // Next to this module: server/render under tsx and vitest, dist/server/render once built.
    filename: new URL('./worker.mjs', import.meta.url).href,
    minThreads: RENDER_THREADS,
    maxThreads: RENDER_THREADS,
    // The queue in front of the pool decides what runs next; the pool never holds more than its threads.
    concurrentTasksPerWorker: 1,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // A thread that fails with no task on it is replaced; unlistened, the 'error' would end the process.
  pool.on('error', (error) => logger.error({ err: error }, 'a render thread failed'));
  return pool;
}

/** The render queue: fair between users, bounded, each document stopped at the time limit. */
export const renderQueue = new FairQueue<RenderTask, RenderReply>(RENDER_LIMITS, (task, signal) => threads().run(task, { signal }));
