import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { TaskOutcome } from '../tasks/scheduler.js';

/** The process's one metrics registry, served at GET /api/metrics. */
export const registry = new Registry();

// Node's own numbers (event loop lag, heap, GC, CPU, open handles), registered once per process.
collectDefaultMetrics({ register: registry });

const httpLabels = ['method', 'route', 'status'] as const;

export const httpRequests = new Counter({
  name: 'http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status.',
  labelNames: httpLabels,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'Time from receiving a request to finishing its response, by method, route pattern and status.',
  labelNames: httpLabels,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const authCacheLookups = new Counter({
  name: 'auth_cache_lookups_total',
  help: 'Look-ups of who a token or session is: hit (answered in process), miss (read from the database), bypass (cache off).',
  labelNames: ['result'] as const,
  registers: [registry],
});

export const authChangesListening = new Gauge({
  name: 'auth_changes_listening',
  help: '1 while this process listens for auth changes (and so may cache who tokens and sessions are), else 0.',
  registers: [registry],
});

const taskRuns = new Counter({
  name: 'background_task_runs_total',
  help: 'Runs of background tasks (outbox, expiry sweep…), by task and outcome.',
  labelNames: ['task', 'outcome'] as const,
  registers: [registry],
});

const taskDuration = new Histogram({
  name: 'background_task_duration_seconds',
  help: 'How long background task runs took, by task and outcome.',
  labelNames: ['task', 'outcome'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
  registers: [registry],
});

/** Counts one run of a background task; `skipped` is a run that found another process holding the work. */
export function recordTaskRun(task: string, outcome: TaskOutcome, seconds?: number): void {
  taskRuns.inc({ task, outcome });
  if (seconds !== undefined) taskDuration.observe({ task, outcome }, seconds);
}

/** Counts one finished HTTP request; `route` must already be a bounded label (see routeLabel). */
export function recordRequest(method: string, route: string, status: string, seconds: number): void {
  const labels = { method, route, status };
  httpRequests.inc(labels);
  httpDuration.observe(labels, seconds);
}
