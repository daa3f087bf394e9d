import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { freePort } from './support/ports.js';
import { startServer, waitForHealth } from './support/server.js';

describe('first start with DATABASE_URL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrated: false });
    await t.db.destroy(); // the server is the only client
  });
  afterAll(() => t.drop());

  it('migrates, loads the demo, creates the superuser, serves health, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const server = startServer({ DATABASE_URL: t.url, PORT: String(port), ADMIN_USERNAME: 'boss', ADMIN_PASSWORD: 'correct horse' });
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
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

describe('first start without DATABASE_URL', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-start-'));
    fs.chmodSync(dir, 0o755); // mkdtemp's 0700 would keep a root-started PostgreSQL out
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs on an embedded PostgreSQL, prints a generated password once, keeps the data across restarts', async () => {
    const env = async () => ({
      EMBEDDED_PG_DIR: path.join(dir, 'pg'),
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(await freePort()),
    });
    const first = await env();
    const server = startServer(first);
    const res = await waitForHealth(server, Number(first.PORT));
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
    expect(server.output()).toMatch(/Created superuser "admin" with password: \S{16}/);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(path.join(first.EMBEDDED_PG_DIR, 'postmaster.pid'))).toBe(false);

    const second = await env();
    const again = startServer(second);
    expect((await waitForHealth(again, Number(second.PORT))).status).toBe(200);
    expect(again.output()).not.toContain('Created superuser');
    expect(again.output()).not.toContain('loading the demo data');
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 90_000); // two starts of the server and of an embedded PostgreSQL

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
