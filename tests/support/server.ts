import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface RunningServer {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const tsx = path.resolve('node_modules/.bin/tsx');

/** Starts `server/main.ts` as `npm start` would run it (without the build), with this environment. */
export function startServer(env: Record<string, string | undefined>): RunningServer {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  delete clean.VITEST;
  const child = spawn(tsx, ['server/main.ts'], { env: { ...clean, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Polls until the server answers /api/health, or fails with what it printed. */
export async function waitForHealth(server: RunningServer, port: number, timeoutMs = 60_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited with ${server.child.exitCode}:\n${server.output()}`);
    try {
      return await fetch(`http://127.0.0.1:${port}/api/health`);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`server did not answer within ${timeoutMs} ms:\n${server.output()}`);
}
