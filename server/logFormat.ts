import { prettyFactory } from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';

/**
 * LOG_FORMAT when set; otherwise pretty lines for a person at a terminal and JSON lines for
 * machines (CI, containers, files). Tests get JSON, which they parse.
 */
export function logFormatFor(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): LogFormat {
  const chosen = env.LOG_FORMAT?.trim();
  if (chosen === 'json' || chosen === 'pretty') return chosen;
  if (chosen) throw new Error(`LOG_FORMAT must be json or pretty, got "${chosen}"`);
  return stdoutIsTTY && !env.VITEST ? 'pretty' : 'json';
}

export interface LineSink {
  write(text: string): unknown;
}

type LogLine = Record<string, unknown>;

const LONGEST_LIST = 3;

/** A long list (the migrations applied at a first start) as its first items and a count: the JSON logs keep it whole. */
const brief = (value: unknown) =>
  Array.isArray(value) && value.length > LONGEST_LIST ? `${value.slice(0, LONGEST_LIST).join(', ')} … (${value.length} in all)` : value;

/** An access line (http/accessLog.ts) as a person reads it: "GET /api/pages 200 3.1 ms"; its id and route stay in JSON logs. */
function shortened(log: LogLine): LogLine {
  const short = Object.fromEntries(Object.entries(log).map(([key, value]) => [key, brief(value)]));
  if (typeof short.method !== 'string' || typeof short.status !== 'number' || typeof short.path !== 'string') return short;
  const { method, path, status, ms, req_id: _id, route: _route, msg, ...rest } = short;
  const what = msg === 'request' ? '' : `${msg}: `;
  return { ...rest, msg: `${what}${method} ${path} ${status} ${ms} ms` };
}

/**
 * A pino destination that turns each JSON line into one short readable line, written at once:
 * pino-pretty's own stream is asynchronous, which would reorder lines around the start banner
 * and lose the last ones at process.exit().
 */
export function prettyDestination(sink: LineSink, colorize: boolean): { write(line: string): void } {
  const prettify = prettyFactory({ colorize, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' });
  return { write: (line) => void sink.write(prettify(shortened(JSON.parse(line) as LogLine))) };
}
