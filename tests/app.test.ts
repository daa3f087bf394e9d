import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

describe('the HTTP application', () => {
  let t: TestDatabase;
  let adminDir: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    adminDir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-dist-'));
    fs.writeFileSync(path.join(adminDir, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(adminDir, 'app.js'), 'console.log(1)');
  });
  afterAll(async () => {
    fs.rmSync(adminDir, { recursive: true, force: true });
    await t.drop();
  });

  it('reports health with a real database round trip', async () => {
    const res = await request(createApp(t.db)).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('stays live on /api/health but not ready on /api/ready, and answers 503 elsewhere, when the database is gone', async () => {
    const doomed = await createTestDatabase();
    const app = createApp(doomed.db);
    await request(app).get('/api/ready').expect(200, { status: 'ready', database: 'ok', migrations: 'current' });
    // The database goes away under a running app: its connections are cut and cannot come back.
    await doomed.drop({ leaveDataSource: true });
    const health = await request(app).get('/api/health').expect(200);
    expect(health.body).toEqual({ status: 'ok', database: 'unreachable' });
    const ready = await request(app).get('/api/ready').expect(503);
    expect(ready.body).toMatchObject({ status: 'not ready', database: 'unreachable' });
    const login = await request(app).post('/api/auth/login').send({ username: 'x', password: 'y' }).expect(503);
    expect(login.headers['retry-after']).toBe('5');
    expect(login.body.message).toMatch(/database is not available/);
    await doomed.db.destroy().catch(() => {});
  });

  it('is not ready while a known migration is missing from the database', async () => {
    const behind = await createTestDatabase();
    await behind.db.undoLastMigration();
    const res = await request(createApp(behind.db)).get('/api/ready').expect(503);
    expect(res.body).toMatchObject({ status: 'not ready', database: 'ok', migrations: 'pending' });
    expect(res.body.message).toContain(behind.db.migrations.at(-1)!.name);
    await behind.drop();
  });

  it('serves the admin SPA at / with deep links, and its assets', async () => {
    const app = createApp(t.db, { adminDir });
    for (const url of ['/', '/releases/5', '/jobs?filter=%7B%7D']) {
      const res = await request(app).get(url).expect(200);
      expect(res.text).toContain('<div id="root">');
    }
    await request(app)
      .get('/app.js')
      .expect(200)
      .expect('content-type', /javascript/);
  });

  it('answers unknown API paths with a JSON 404, never the SPA', async () => {
    const res = await request(createApp(t.db, { adminDir })).get('/api/no-such-thing').expect(404);
    expect(res.body).toEqual({ message: 'No such API endpoint.' });
  });
});
