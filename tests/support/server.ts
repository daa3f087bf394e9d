import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServer {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts `server/main.ts` as `npm start` would run it (without the build), with this environment.
 * Run by node with tsx's loader, not through the tsx command: that one relays signals to a child
 * and, when the child does not acknowledge within 30 ms (a loaded CI machine), kills it with
 * SIGKILL and exits 128+signal, so a graceful shutdown could never be observed reliably.
 */
export function startServer(env: Record<string, string | undefined>): RunningServer {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  delete clean.VITEST;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...clean, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/**
 * Polls `path` until it answers (for /api/ready: until it answers 200, i.e. migrated and
 * serving), or fails with what the server printed.
 */
export async function waitFor(server: RunningServer, port: number, path = '/api/ready', timeoutMs = 60_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited with ${server.child.exitCode}:\n${server.output()}`);
    const res = await fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined);
    if (res && (res.ok || path !== '/api/ready')) return res;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not answer ${path} within ${timeoutMs} ms:\n${server.output()}`);
}

/** Waits until the server is ready, then returns its /api/health answer. */
export async function waitForHealth(server: RunningServer, port: number, timeoutMs = 60_000): Promise<Response> {
  await waitFor(server, port, '/api/ready', timeoutMs);
  return fetch(`http://127.0.0.1:${port}/api/health`);
}
