import type { IncomingMessage, ServerResponse } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthCache } from '../server/auth/authCache.js';
import { cachedActors } from '../server/auth/loadActor.js';
import { leanReads } from '../server/crud/leanReads.js';
import { sqlOf } from '../server/db/sql.js';
import { servingLifecycle } from '../server/lifecycle/phase.js';
import { apiTokenFor } from '../server/seed/apiToken.js';
import { createUser } from '../server/seed/users.js';
import { PASSWORD, ra, setupApi, type TestApi } from './support/api.js';

/** What a client sees of a response: status, body and headers, less those that differ every time. */
function seen(res: request.Response) {
  const { date: _date, 'x-request-id': _id, ...headers } = res.headers;
  return { status: res.status, body: res.text, headers };
}

describe('lean reads: GET /api/{resource}[/{id}] with an API token', () => {
  let s: TestApi;
  let superToken: string;
  let editorToken: string;
  beforeAll(async () => {
    s = await setupApi();
    superToken = await apiTokenFor(
      s.t.db,
      await createUser(s.t.db, { username: 'lean-su', email: 'lean-su@example.org', password: PASSWORD, superuser: true }),
      'lean',
    );
    editorToken = await apiTokenFor(
      s.t.db,
      await createUser(s.t.db, {
        username: 'lean-editor',
        email: 'lean-editor@example.org',
        password: PASSWORD,
        roles: ['content_editor'],
      }),
      'lean',
    );
  });
  afterAll(() => s.t.drop());

  const [page] = [1];
  const cases: [label: string, path: string, token: () => string][] = [
    [
      'a list with filter, sort and range',
      `/api/jobs${ra({ filter: { status: 'approved' }, sort: ['created', 'DESC'], range: [0, 4] })}`,
      () => superToken,
    ],
    ['a record', `/api/pages/${page}`, () => superToken],
    ['a missing record', '/api/pages/999999', () => superToken],
    ['a search', `/api/pages${ra({ filter: { q: 'python' }, range: [0, 2] })}`, () => superToken],
    ['a page past the end', `/api/boxes${ra({ range: [500, 509] })}`, () => superToken],
    ['a bad range', `/api/boxes?range=${encodeURIComponent('[5,1]')}`, () => superToken],
    ['an unknown filter', `/api/boxes${ra({ filter: { nope: 1 } })}`, () => superToken],
    ['fields limited to the reader', `/api/users${ra({ range: [0, 2] })}`, () => editorToken],
    ['a record limited to the reader', '/api/users/1', () => editorToken],
    ['a resource the reader may not read', '/api/auth-tokens', () => editorToken],
    ['a token in the query string', `/api/boxes?token=${'x'.repeat(10)}`, () => superToken],
    ['a revoked or made-up token', '/api/boxes', () => `pyo_${'A'.repeat(43)}`],
    ['not a bearer token', '/api/boxes', () => 'x'],
    ['an empty Authorization header', '/api/boxes', () => ''],
  ];

  it.each(cases)('answers %s exactly as the full stack does', async (_label, path, token) => {
    const scheme = (t: string) => (t === 'x' ? 'Basic x' : t === '' ? '' : `Bearer ${t}`);
    const lean = await request(s.app).get(path).set('Authorization', scheme(token()));
    // A cookie (not a session's) sends the same request through the routers instead.
    const full = await request(s.app).get(path).set('Authorization', scheme(token())).set('Cookie', 'unrelated=1');
    expect(seen(lean)).toEqual(seen(full));
  });

  it('takes only plain reads with a token and no cookie, and passes everything else on', async () => {
    const lean = leanReads(s.registry, cachedActors(sqlOf(s.t.db), AuthCache.disabled()), servingLifecycle());
    const app = (req: IncomingMessage, res: ServerResponse) => {
      if (!lean(req, res)) res.writeHead(418).end();
    };
    const bearer = `Bearer ${superToken}`;
    const served = ['/api/boxes', '/api/boxes?range=[0,1]', '/api/boxes/1', '/api/jobs/2'];
    for (const path of served) expect((await request(app).get(path).set('Authorization', bearer)).status, path).not.toBe(418);
    const passed: [string, (r: request.Test) => request.Test][] = [
      ['/api/boxes', (r) => r], // no token: a session's, or nobody's
      ['/api/boxes', (r) => r.set('Authorization', bearer).set('Cookie', 'pyorg.sid=x')],
      ['/api/Boxes', (r) => r.set('Authorization', bearer)],
      ['/api/box%65s', (r) => r.set('Authorization', bearer)],
      ['/api/boxes/', (r) => r.set('Authorization', bearer)],
      ['/api/boxes/01', (r) => r.set('Authorization', bearer)],
      ['/api/boxes/1/history', (r) => r.set('Authorization', bearer)],
      ['/api/jobs/1/transitions', (r) => r.set('Authorization', bearer)],
      ['/api/dashboard', (r) => r.set('Authorization', bearer)],
      ['/api/health', (r) => r.set('Authorization', bearer)],
      ['/api/no-such-thing', (r) => r.set('Authorization', bearer)],
    ];
    for (const [path, sent] of passed) expect((await sent(request(app).get(path))).status, path).toBe(418);
    expect((await request(app).head('/api/boxes').set('Authorization', bearer)).status).toBe(418);
    expect((await request(app).post('/api/boxes').set('Authorization', bearer).send({})).status).toBe(418);
  });

  it('counts and logs a lean read under the same route as the routers would', async () => {
    const scrape = async () =>
      (await request(s.app).get('/api/metrics').set('Authorization', `Bearer ${superToken}`).set('Cookie', 'x=1')).text;
    const sample = (text: string, route: string) =>
      Number(
        text
          .split('\n')
          .find((l) => l.startsWith(`http_requests_total{method="GET",route="${route}",status="200"}`))
          ?.split(' ')[1] ?? 0,
      );
    const before = await scrape();
    await request(s.app).get('/api/boxes/1').set('Authorization', `Bearer ${superToken}`).expect(200);
    await request(s.app).get('/api/boxes').set('Authorization', `Bearer ${superToken}`).expect(200);
    const after = await scrape();
    expect(sample(after, '/api/boxes/:id') - sample(before, '/api/boxes/:id')).toBe(1);
    expect(sample(after, '/api/boxes') - sample(before, '/api/boxes')).toBe(1);
  });
});
