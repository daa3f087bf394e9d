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
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { browser, close: () => browser.close() };
}

/** The admin bundle the server serves; built here when a plain `npm test` runs before any build. */
export function ensureAdminBuilt(): string {
  const dir = path.resolve('dist/admin');
  if (!fs.existsSync(path.join(dir, 'index.html'))) execFileSync(path.resolve('node_modules/.bin/vite'), ['build'], { stdio: 'ignore' });
  return dir;
}
