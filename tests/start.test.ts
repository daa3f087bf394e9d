import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { freePort } from './support/ports.js';
import { startServer, waitForHealth } from './support/server.js';

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const demoOffer = async (base: string, headers: Record<string, string> = {}) => (await fetch(`${base}/api/auth/demo`, { headers })).json();

describe('first start with DATABASE_URL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrated: false });
    await t.db.destroy(); // the server is the only client
  });
  afterAll(() => t.drop());

  it('migrates, loads the demo, creates the superuser, serves health, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    // A demo credentials file from another database: never a way into this one.
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-elsewhere-'));
    const credentials = path.join(elsewhere, 'demo-credentials.txt');
    fs.writeFileSync(credentials, 'password: from-another-demo\n', { mode: 0o600 });
    const server = startServer({
      DATABASE_URL: t.url,
      PORT: String(port),
      ADMIN_USERNAME: 'boss',
      ADMIN_PASSWORD: 'correct horse',
      DEMO_CREDENTIALS_FILE: credentials,
    });
    const res = await waitForHealth(server, port);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });

    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT
        (SELECT count(*)::int FROM migrations) AS migrations, (SELECT count(*)::int FROM releases) AS releases,
        (SELECT count(*)::int FROM users WHERE username = 'boss' AND is_superuser) AS boss`);
      expect(rows[0].migrations).toBeGreaterThan(0);
      expect(rows[0].releases).toBeGreaterThan(0);
      expect(rows[0].boss).toBe(1);
    } finally {
      await client.end();
    }
    expect(server.output()).not.toContain('correct horse');

    // The banner: the address, the superuser, where the data is (without a password), and no demo way in.
    const base = `http://127.0.0.1:${port}`;
    const banner = server.output();
    expect(banner).toContain(`python.org back office is ready: http://localhost:${port}/`);
    expect(banner).toMatch(/^ {4}boss +superuser +password: ADMIN_PASSWORD$/m);
    const url = new URL(t.url);
    expect(banner).toContain(`Data   PostgreSQL at ${url.host}${url.pathname}`);
    expect(banner).toContain('The demo accounts cannot sign in here');
    expect(banner).not.toMatch(/^ {4}marie /m);
    // The demo loaded on DATABASE_URL's database without DEMO_PASSWORD opens no door, whatever file lies about.
    expect(await demoOffer(base)).toEqual({ enabled: false });
    for (const password of ['from-another-demo', '!unusable']) {
      expect((await post(base, '/api/auth/login', { username: 'marie', password })).status).toBe(401);
    }
    expect((await post(base, '/api/auth/login', { username: 'boss', password: 'correct horse' })).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    fs.rmSync(elsewhere, { recursive: true, force: true });
  });
});

describe('first start without DATABASE_URL', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-start-'));
    fs.chmodSync(dir, 0o755); // mkdtemp's 0700 would keep a root-started PostgreSQL out
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs on an embedded PostgreSQL, prints generated passwords once, keeps the data across restarts', async () => {
    const credentials = path.join(dir, 'demo-credentials.txt');
    const env = async () => ({
      EMBEDDED_PG_DIR: path.join(dir, 'pg'),
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(await freePort()),
      DEMO_CREDENTIALS_FILE: credentials,
    });
    const first = await env();
    const server = startServer(first);
    const res = await waitForHealth(server, Number(first.PORT));
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
    const banner = server.output();
    expect(banner).toContain(`python.org back office is ready: http://localhost:${first.PORT}/`);
    expect(banner).toMatch(/^ {4}admin +superuser +password: [\w-]{16} +\(generated now/m);
    expect(banner).toContain(`Data   embedded PostgreSQL in ${first.EMBEDDED_PG_DIR} (port ${first.EMBEDDED_PG_PORT})`);
    expect(banner).toMatch(/npm test/);
    expect(banner).toMatch(/npm run dev/);

    // Each demo role account is listed with the one generated password, which is kept 0600 and nowhere in clear but there.
    const password = banner.match(/^ {4}marie +job moderator +password: ([\w-]{16})$/m)?.[1];
    expect(password).toBeDefined();
    for (const [username, role] of [
      ['ewa', 'content editor'],
      ['hugo', 'release manager'],
    ]) {
      expect(banner).toMatch(new RegExp(`^ {4}${username} +${role} +password: ${password}$`, 'm'));
    }
    expect(fs.statSync(credentials).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(credentials, 'utf8')).toContain(`password: ${password}\n`);

    // They sign in on the embedded database; the sign-in page gets the password on this machine only.
    const base = `http://127.0.0.1:${first.PORT}`;
    const signedIn = await post(base, '/api/auth/login', { username: 'marie', password });
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).roles).toEqual(['job_moderator']);
    const offer = await demoOffer(base);
    expect(offer).toMatchObject({ enabled: true, password });
    expect(offer.accounts.map((a: { username: string }) => a.username)).toEqual(['ewa', 'hugo', 'marie']);
    expect(await demoOffer(base, { 'X-Forwarded-For': '203.0.113.7' })).toMatchObject({ enabled: true, password: null });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(path.join(first.EMBEDDED_PG_DIR, 'postmaster.pid'))).toBe(false);

    const second = await env();
    const again = startServer(second);
    expect((await waitForHealth(again, Number(second.PORT))).status).toBe(200);
    expect(again.output()).not.toContain('generated now');
    expect(again.output()).not.toContain('loading the demo data');
    // Shown once: later banners say where the password is, not what it is.
    expect(again.output()).not.toContain(password);
    expect(again.output()).toMatch(new RegExp(`^ {4}marie +job moderator +password: the one in ${credentials}$`, 'm'));
    expect(await demoOffer(`http://127.0.0.1:${second.PORT}`)).toMatchObject({ enabled: true, password });
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 90_000); // two starts of the server and of an embedded PostgreSQL

  it('keeps the demo credentials file out of git', () => {
    const file = path.relative(process.cwd(), loadConfig({}).demoCredentialsFile);
    expect(file).toBe(path.join('.data', 'demo-credentials.txt'));
    expect(() => execFileSync('git', ['check-ignore', '--quiet', file])).not.toThrow();
    // And check-ignore does say so of a file that is not ignored.
    expect(() => execFileSync('git', ['check-ignore', '--quiet', 'server/main.ts'])).toThrow();
  });

  it('says plainly what to do when an earlier PostgreSQL still holds the data directory', async () => {
    const pgDir = path.join(dir, 'locked');
    fs.mkdirSync(pgDir, { recursive: true });
    // Our own pid: a process that is certainly alive.
    fs.writeFileSync(path.join(pgDir, 'postmaster.pid'), `${process.pid}\n${pgDir}\n`);
    const server = startServer({ EMBEDDED_PG_DIR: pgDir, EMBEDDED_PG_PORT: String(await freePort()), PORT: String(await freePort()) });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(`is already running (pid ${process.pid})`);
    expect(server.output()).toContain(`kill ${process.pid}`);
  });

  it.runIf(process.getuid?.() === 0)('says plainly what to do when, as root, PostgreSQL could not reach its directory', async () => {
    const closed = fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-closed-')); // 0700
    try {
      const server = startServer({
        EMBEDDED_PG_DIR: path.join(closed, 'pg'),
        EMBEDDED_PG_PORT: String(await freePort()),
        PORT: String(await freePort()),
      });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`cannot enter ${closed}`);
    } finally {
      fs.rmSync(closed, { recursive: true, force: true });
    }
  });

  it('says plainly what to do when the embedded port is taken', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const server = startServer({
        EMBEDDED_PG_DIR: path.join(dir, 'busy'),
        EMBEDDED_PG_PORT: String(taken),
        PORT: String(await freePort()),
      });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`Port ${taken} is already in use`);
      expect(server.output()).toContain('EMBEDDED_PG_PORT');
    } finally {
      blocker.close();
    }
  });
});
