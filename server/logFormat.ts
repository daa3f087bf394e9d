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

/**
 * A pino destination that turns each JSON line into one short readable line, written at once:
 * pino-pretty's own stream is asynchronous, which would reorder lines around the start banner
 * and lose the last ones at process.exit().
 */
export function prettyDestination(sink: LineSink, colorize: boolean): { write(line: string): void } {
  const prettify = prettyFactory({ colorize, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' });
  return { write: (line) => void sink.write(prettify(line)) };
}
