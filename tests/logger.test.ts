import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { logFormatFor } from '../server/logFormat.js';
import { createLogger } from '../server/logger.js';

/** What a process's logger writes for one line with a secret in it, stdout a pipe or (through script(1)) a terminal. */
function loggedBy(env: Record<string, string>, terminal: boolean): string {
  const clean: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', ...env };
  delete clean.VITEST;
  if (!env.LOG_FORMAT) delete clean.LOG_FORMAT;
  const code = `import('./server/logger.ts').then(({ logger }) => logger.info({ password: 'hunter2', port: 3000 }, 'serving'))`;
  const node = [process.execPath, '--import', 'tsx', '-e', code];
  const quoted = node.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const output = terminal
    ? execFileSync('script', ['-qec', quoted, '/dev/null'], { env: clean, encoding: 'utf8' })
    : execFileSync(node[0], node.slice(1), { env: clean, encoding: 'utf8' });
  // Colours and the terminal's carriage returns are not what is being checked.
  // eslint-disable-next-line no-control-regex
  return output.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r/g, '');
}

const isJsonLine = (text: string) => {
  const lines = text.trim().split('\n');
  return lines.length === 1 && JSON.parse(lines[0]).msg === 'serving';
};
const isPrettyLine = (text: string) => /^\[\d\d:\d\d:\d\d\] INFO: serving \{.*\}\n$/.test(text);

describe('log output', () => {
  it('is pretty at a terminal and JSON otherwise, unless LOG_FORMAT says which', () => {
    expect(logFormatFor({}, true)).toBe('pretty');
    expect(logFormatFor({}, false)).toBe('json');
    expect(logFormatFor({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormatFor({ LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
    expect(logFormatFor({ VITEST: 'true' }, true)).toBe('json');
    expect(() => logFormatFor({ LOG_FORMAT: 'yaml' }, true)).toThrow(/LOG_FORMAT must be json or pretty/);
  });

  it('writes one short readable line, or one JSON line, and redacts secrets in both', () => {
    for (const format of ['pretty', 'json'] as const) {
      const lines: string[] = [];
      const log = createLogger({ format, level: 'info', sink: { write: (text: string) => lines.push(text) } });
      log.info({ password: 'hunter2', user: { token: 'abc' } }, 'signed in');
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toContain('hunter2');
      expect(lines[0]).not.toContain('abc');
      expect(lines[0].trimEnd().split('\n')).toHaveLength(1);
      if (format === 'json') expect(JSON.parse(lines[0])).toMatchObject({ msg: 'signed in', password: '[Redacted]' });
      else expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: signed in \{"password":"\[Redacted\]"/);
    }
  });

  it('shortens an access line to what a person reads at a terminal', () => {
    const lines: string[] = [];
    const log = createLogger({ format: 'pretty', level: 'info', sink: { write: (text: string) => lines.push(text) } });
    log.info(
      { req_id: 'c0ffee00-0000-4000-8000-000000000000', method: 'GET', path: '/api/pages', route: '/api/pages', status: 200, ms: 3.1 },
      'request',
    );
    log.info({ migrations: ['A1', 'B2', 'C3', 'D4', 'E5'] }, 'applied migrations');
    expect(lines).toEqual([
      expect.stringMatching(/^\[\d\d:\d\d:\d\d\] INFO: GET \/api\/pages 200 3\.1 ms\n$/),
      expect.stringMatching(/ INFO: applied migrations \{"migrations":"A1, B2, C3 … \(5 in all\)"\}\n$/),
    ]);
  });

  it('is chosen by the process from its stdout and LOG_FORMAT', () => {
    const piped = loggedBy({}, false);
    expect(isJsonLine(piped), piped).toBe(true);
    const atTerminal = loggedBy({}, true);
    expect(isPrettyLine(atTerminal), atTerminal).toBe(true);
    expect(isJsonLine(loggedBy({ LOG_FORMAT: 'json' }, true))).toBe(true);
    expect(isPrettyLine(loggedBy({ LOG_FORMAT: 'pretty' }, false))).toBe(true);
    for (const text of [piped, atTerminal]) expect(text).not.toContain('hunter2');
  });
});
