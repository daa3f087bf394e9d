/**
 * Drives load with Debian's wrk (a C load generator in its own process): on two cores a Node load
 * generator takes a core from the servers it measures and flatters the slower one.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export interface Figures {
  rps: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  /** Non-2xx answers and socket errors. */
  errors: number;
}

const found = () => spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error === undefined;

/** wrk, installed from Debian's packages when missing (CI machines run as root). */
export function ensureWrk(): void {
  if (found()) return;
  console.log('wrk is not installed: installing it from Debian (apt-get install wrk)…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
  try {
    run(['apt-get', 'install', '-y', '--no-install-recommends', 'wrk']);
  } catch {
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', '--no-install-recommends', 'wrk']);
  }
  if (!found()) throw new Error('wrk could not be installed; install it (apt-get install wrk) and run the bench again.');
}

/** wrk's latency figures ("1.23ms", "456.00us", "1.02s") in milliseconds. */
function ms(text: string): number {
  const [, value, unit] = /^([\d.]+)(us|ms|s|m)$/.exec(text) ?? [];
  const factor = { us: 1e-3, ms: 1, s: 1e3, m: 6e4 }[unit as 'us' | 'ms' | 's' | 'm'];
  if (factor === undefined) throw new Error(`wrk printed a latency we cannot read: ${text}`);
  return Number(value) * factor;
}

/** One wrk run: one thread, `connections` connections, `seconds` seconds, GET `url`. */
export function wrk(url: string, options: { connections: number; seconds: number; headers?: Record<string, string> }): Figures {
  const headers = Object.entries(options.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  const out = execFileSync('wrk', ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--latency', ...headers, url], {
    encoding: 'utf8',
  });
  const latency = (percent: string) => ms(new RegExp(`^\\s*${percent}%\\s+(\\S+)`, 'm').exec(out)![1]);
  const count = (pattern: RegExp) => [...out.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]), 0);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)![1]),
    p50: latency('50'),
    p99: latency('99'),
    errors: count(/Non-2xx or 3xx responses: (\d+)/g) + count(/(?:connect|read|write|timeout) (\d+)/g),
  };
}
