import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { verifyPassword } from '../server/auth/passwords.js';
import { bannerFacts, startBanner, serverUrl, type BannerFacts } from '../server/lifecycle/banner.js';
import { loadConfig } from '../server/config.js';
import { DEMO_ACCOUNTS } from '../server/seed/demo/accounts.js';
import { seedDemo } from '../server/seed/demo.js';
import { writeDemoCredentials } from '../server/seed/demoCredentials.js';
import { demoPasswordToSeed, findDemoSignIn } from '../server/seed/demoSignIn.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const external = (demoPassword?: string) => ({
  databaseUrl: 'postgres://u@db.example/x',
  demoPassword,
  demoCredentialsFile: '/nonexistent',
});

describe('which password the demo accounts get', () => {
  it('is DEMO_PASSWORD when set, else generated on the embedded database only', () => {
    expect(demoPasswordToSeed({ ...external('chosen one'), databaseUrl: undefined })).toEqual({ password: 'chosen one', generated: false });
    expect(demoPasswordToSeed(external('chosen one'))).toEqual({ password: 'chosen one', generated: false });
    expect(demoPasswordToSeed(external())).toEqual({ generated: false });
    const embedded = demoPasswordToSeed({ ...external(), databaseUrl: undefined });
    expect(embedded.generated).toBe(true);
    expect(embedded.password).toMatch(/^[\w-]{16}$/);
    expect(demoPasswordToSeed({ ...external(), databaseUrl: undefined }).password).not.toBe(embedded.password);
  });
});

describe('demo sign-in on a database with the demo', () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db, { password: 'the demo password' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-demo-'));
  });
  afterAll(async () => {
    await t.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the listed role accounts with their roles, and stores the password only as an argon2 hash', async () => {
    const rows: { username: string; password_hash: string; roles: string[] }[] = await t.db.query(
      `SELECT u.username, u.password_hash, array_agg(r.slug) AS roles FROM users u
         JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
        WHERE u.username = ANY($1) GROUP BY u.id ORDER BY u.id`,
      [DEMO_ACCOUNTS.map((a) => a.username)],
    );
    expect(rows.map((r) => [r.username, r.roles])).toEqual(DEMO_ACCOUNTS.map((a) => [a.username, [a.role]]));
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(row.password_hash, 'the demo password')).toBe(true);
    }
  });

  it("offers nothing to the sign-in page on DATABASE_URL's database, even with the right DEMO_PASSWORD", async () => {
    const found = await findDemoSignIn(t.db, external('the demo password'));
    expect(found.signIn).toMatchObject({ source: 'DEMO_PASSWORD', fillablePassword: undefined, newPassword: undefined });
    expect(found.signIn!.accounts).toEqual(DEMO_ACCOUNTS);
    expect(await findDemoSignIn(t.db, external())).toEqual({ loaded: true });
    expect(await findDemoSignIn(t.db, external('another password'))).toEqual({ loaded: true });

    const app = createApp(t.db, { demoSignIn: found.signIn });
    expect((await request(app).get('/api/auth/demo').expect(200)).body).toEqual({ enabled: false });
  });

  it("offers the embedded database's password from its file only when it is the right one", async () => {
    const file = path.join(dir, 'demo-credentials.txt');
    const embedded = { databaseUrl: undefined, demoPassword: undefined, demoCredentialsFile: file };
    writeDemoCredentials(file, 'a stale password', DEMO_ACCOUNTS);
    expect(await findDemoSignIn(t.db, embedded)).toEqual({ loaded: true });

    writeDemoCredentials(file, 'the demo password', DEMO_ACCOUNTS);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const found = await findDemoSignIn(t.db, embedded);
    expect(found.signIn).toMatchObject({ source: 'generated', fillablePassword: 'the demo password', newPassword: undefined });

    const app = createApp(t.db, { demoSignIn: found.signIn });
    const offer = (await request(app).get('/api/auth/demo').expect(200)).body;
    expect(offer).toEqual({
      enabled: true,
      accounts: DEMO_ACCOUNTS.map(({ username, role, label }) => ({ username, role, label })),
      password: 'the demo password',
    });
    // A browser elsewhere on the network (here through a local proxy) gets the names, not the password.
    const remote = await request(app).get('/api/auth/demo').set('X-Forwarded-For', '198.51.100.4').expect(200);
    expect(remote.body).toMatchObject({ enabled: true, password: null });
    expect(remote.headers['cache-control']).toBe('no-store');
  });

  it('knows when there is no demo at all', async () => {
    const empty = await createTestDatabase();
    try {
      expect(await findDemoSignIn(empty.db, external('the demo password'))).toEqual({ loaded: false });
    } finally {
      await empty.drop();
    }
  });
});

describe('the start banner', () => {
  // npm start's defaults, no settings at all (PORT is read from the process's own environment: pinned here).
  const facts = (over: Partial<BannerFacts> = {}): BannerFacts => ({
    ...bannerFacts(
      { ...loadConfig({}), host: '0.0.0.0', port: 3000 },
      {
        admin: { username: 'admin', created: true, generatedPassword: 'Adm1nGenerated16' },
        demo: {
          loaded: true,
          signIn: { accounts: DEMO_ACCOUNTS, source: 'generated', newPassword: 'Dem0Generated016', fillablePassword: 'Dem0Generated016' },
        },
      },
    ),
    ...over,
  });

  it('lists the URL, the superuser, each demo account with how to sign in, the data and what next', () => {
    const text = startBanner(facts());
    expect(text).toContain('ready: http://localhost:3000/');
    expect(text).toMatch(/^ {4}admin +superuser +password: Adm1nGenerated16 /m);
    for (const account of DEMO_ACCOUNTS) {
      expect(text).toMatch(new RegExp(`^ {4}${account.username} +${account.label} +password: Dem0Generated016$`, 'm'));
    }
    expect(text).toContain('kept in .data/demo-credentials.txt');
    expect(text).toContain('"Try a role"');
    expect(text).toContain('Data   embedded PostgreSQL in .data/postgres (port 54329)');
    expect(text).toMatch(/npm test/);
    expect(text).toMatch(/npm run dev/);
  });

  it('shows passwords only when generated now, and never the database password', () => {
    const later = startBanner(
      facts({
        admin: { username: 'admin', created: false },
        demo: { loaded: true, signIn: { accounts: DEMO_ACCOUNTS, source: 'generated', fillablePassword: 'Dem0Generated016' } },
      }),
    );
    expect(later).not.toContain('Adm1nGenerated16');
    expect(later).not.toContain('Dem0Generated016');
    expect(later).toMatch(/^ {4}admin +superuser$/m);
    expect(later).toMatch(/^ {4}hugo +release manager +password: the one in \.data\/demo-credentials\.txt$/m);

    const remote = startBanner(
      facts({
        databaseUrl: 'postgres://app:s3cr3t-db@db.internal:5433/pydotorg',
        demo: { loaded: true },
        url: serverUrl('10.0.0.5', 8080),
      }),
    );
    expect(remote).toContain('ready: http://10.0.0.5:8080/');
    expect(remote).toContain('Data   PostgreSQL at db.internal:5433/pydotorg as app (DATABASE_URL)');
    expect(remote).not.toContain('s3cr3t-db');
    expect(remote).toContain('The demo accounts cannot sign in here');
    expect(remote).not.toMatch(/^ {4}ewa /m);
    expect(startBanner(facts({ demo: { loaded: false } }))).not.toContain('demo');
    expect(startBanner(facts({ demo: { loaded: true } }))).toContain('no password this server knows');
  });
});
