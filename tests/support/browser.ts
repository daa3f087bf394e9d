import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium with the flags this sandbox needs (no downloads, no background networking); a fresh profile each time. */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, close: () => browser.close() };
}

const newest = (dir: string): number =>
  Math.max(
    0,
    ...fs
      .readdirSync(dir, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)),
  );

/**
 * The admin bundle the server serves, rebuilt when admin/ or server/domain changed since the last
 * build, so browser tests never run against stale screens. ADMIN_BUILD_DIR builds elsewhere
 * (parallel work on one checkout).
 */
export function ensureAdminBuilt(): string {
  const dir = path.resolve(process.env.ADMIN_BUILD_DIR ?? 'dist/admin');
  const index = path.join(dir, 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (built < Math.max(newest(path.resolve('admin')), newest(path.resolve('server/domain')))) {
    // vitest sets NODE_ENV=test, which vite would honour with a development build of React.
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync(path.resolve('node_modules/.bin/vite'), ['build', '--outDir', dir, '--emptyOutDir'], { stdio: 'ignore', env });
  }
  return dir;
}
