import { pino } from 'pino';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../server/app.js';
import { createUser } from '../server/seed/users.js';
import { logger } from '../server/logger.js';
import { recordTaskRun } from '../server/metrics/registry.js';
import { PASSWORD, ra, setupApi, signIn, type TestApi } from './support/api.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const METRICS_TOKEN = 'a-scraper-token-0123456789';

type LogLine = Record<string, unknown>;

/** Everything the process logger writes until restore(), at level info, instead of stdout. */
function captureLogs() {
  const raw: string[] = [];
  const stream = (logger as unknown as Record<symbol, { write(chunk: string): boolean }>)[pino.symbols.streamSym];
  const spy = vi.spyOn(stream, 'write').mockImplementation((chunk: string) => raw.push(chunk) > 0);
  const level = logger.level;
  logger.level = 'info';
  return {
    text: () => raw.join(''),
    lines: (): LogLine[] => raw.map((line) => JSON.parse(line)),
    restore() {
      spy.mockRestore();
      logger.level = level;
    },
  };
}
// 'finish' fires as the last byte is handed to the socket, possibly just after the client has it.
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('observability: request ids, logs and metrics', () => {
  let s: TestApi;
  let logs: ReturnType<typeof captureLogs> | undefined;
  beforeAll(async () => {
    s = await setupApi();
  });
  afterEach(() => logs?.restore());
  afterAll(() => s.t.drop());

  describe('X-Request-Id', () => {
    it('is generated for every request, 404s included', async () => {
      const health = await request(s.app).get('/api/health').expect(200);
      expect(health.headers['x-request-id']).toMatch(UUID);
      const missing = await request(s.app).get('/api/no-such-thing').expect(404);
      expect(missing.headers['x-request-id']).toMatch(UUID);
      expect(missing.headers['x-request-id']).not.toBe(health.headers['x-request-id']);
    });

    it('keeps a well-formed id sent by a proxy and replaces anything else', async () => {
      await request(s.app).get('/api/health').set('X-Request-Id', 'lb-7f3a:01.x_y').expect('x-request-id', 'lb-7f3a:01.x_y');
      for (const bad of ['has space', 'x'.repeat(65), '<script>', 'a\u00e9b']) {
        const res = await request(s.app).get('/api/health').set('X-Request-Id', bad);
        expect(res.headers['x-request-id']).toMatch(UUID);
      }
    });
  });

  describe('logs', () => {
    it('tags the error logged while answering a request with that request’s id, and logs one access line', async () => {
      await s.t.db.query('ALTER TABLE minutes RENAME TO minutes_gone');
      logs = captureLogs();
      try {
        const res = await s
          .api()
          .get(`/api/minutes${ra({ range: [0, 9] })}`)
          .set('X-Request-Id', 'deep-500')
          .expect(500);
        expect(res.headers['x-request-id']).toBe('deep-500');
      } finally {
        await s.t.db.query('ALTER TABLE minutes_gone RENAME TO minutes');
      }
      await settle();
      const lines = logs.lines();
      const fault = lines.find((line) => line.msg === 'unhandled error');
      expect(fault).toMatchObject({ req_id: 'deep-500', level: 50 });
      const access = lines.filter((line) => line.msg === 'request' && line.req_id === 'deep-500');
      expect(access).toEqual([
        expect.objectContaining({
          method: 'GET',
          path: '/api/minutes',
          route: '/api/minutes',
          status: 500,
          level: 50,
          ms: expect.any(Number),
        }),
      ]);
    });

    it('adds no req_id outside a request', async () => {
      logs = captureLogs();
      logger.info('between requests');
      expect(logs.lines()[0]).not.toHaveProperty('req_id');
    });

    it('never logs passwords, cookies, tokens, query strings or bodies', async () => {
      await createUser(s.t.db, { username: 'logged', email: 'logged@example.org', password: PASSWORD, roles: ['content_editor'] });
      logs = captureLogs();
      const login = await request(s.app).post('/api/auth/login').send({ username: 'logged', password: PASSWORD }).expect(200);
      const cookie = String(login.headers['set-cookie']).split(';')[0].split('=')[1];
      const { agent } = await signIn(s.app, 'logged');
      const { token } = (await agent.post('/api/auth/tokens').send({ name: 'logged-token' }).expect(201)).body;
      await request(s.app).get('/api/pages?filter=%7B%22q%22%3A%22query-marker%22%7D').set('Authorization', `Bearer ${token}`).expect(200);
      await agent.post('/api/render').send({ markup_type: 'markdown', content: 'body-marker' }).expect(200);
      await settle();
      const text = logs.text();
      expect(
        logs
          .lines()
          .filter((line) => line.msg === 'request')
          .map((line) => line.path),
      ).toEqual(['/api/auth/login', '/api/auth/login', '/api/auth/tokens', '/api/pages', '/api/render']);
      for (const secret of [PASSWORD, decodeURIComponent(cookie), login.body.csrf_token, token, 'query-marker', 'body-marker']) {
        expect(text).not.toContain(secret);
      }
    });
  });

  describe('GET /api/metrics', () => {
    const scrape = async () => (await s.api().get('/api/metrics').expect(200)).text;

    it('is for superusers only', async () => {
      const anonymous = await request(s.app).get('/api/metrics').expect(401);
      expect(anonymous.body.message).toEqual(expect.any(String));
      const editor = await (await s.as('content_editor')).get('/api/metrics').expect(403);
      expect(editor.body).toEqual({ message: expect.any(String) });
      const res = await s.api().get('/api/metrics').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    });

    it('answers a scraper holding METRICS_TOKEN; a wrong token is an ordinary 401', async () => {
      const app = createApp(s.t.db, { sessionSecret: 'test-secret', metricsToken: METRICS_TOKEN });
      const res = await request(app).get('/api/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
      expect(res.text).toContain('http_requests_total');
      for (const wrong of [`Bearer ${METRICS_TOKEN}x`, 'Bearer nope', `Basic ${METRICS_TOKEN}`]) {
        const refused = await request(app).get('/api/metrics').set('Authorization', wrong).expect(401);
        expect(refused.text).not.toContain('http_requests_total');
        expect(refused.body).toEqual({ message: expect.any(String) });
      }
      // Without a configured token, the token is just an unknown API token.
      await request(s.app).get('/api/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(401);
    });

    it('counts requests by route pattern, never by raw URL', async () => {
      const [job] = (
        await s
          .api()
          .get(`/api/jobs${ra({ range: [0, 0] })}`)
          .expect(200)
      ).body;
      await s.api().get(`/api/jobs/${job.id}`).expect(200);
      await s.api().get('/api/jobs/999999').expect(404);
      await s.api().get(`/api/jobs/${job.id}/history`).expect(200);
      await s
        .api()
        .get(`/api/release-files${ra({ range: [0, 4] })}`)
        .expect(200);
      await s.api().patch(`/api/jobs/${job.id}`).expect(405);
      await s.api().get('/api/no-such-resource/12345').expect(404);
      await request(s.app).get('/not-the-api/67890').expect(404);
      const text = await scrape();
      const count = (labels: string) => text.match(new RegExp(`^http_requests_total\\{${labels}\\} (\\d+)$`, 'm'))?.[1];
      expect(count('method="GET",route="/api/jobs",status="200"')).toBeDefined();
      expect(count('method="GET",route="/api/jobs/:id",status="200"')).toBe('1');
      expect(count('method="GET",route="/api/jobs/:id",status="404"')).toBe('1');
      expect(count('method="GET",route="/api/jobs/:id/history",status="200"')).toBe('1');
      expect(count('method="GET",route="/api/release-files",status="200"')).toBe('1');
      expect(count('method="PATCH",route="/api/jobs/:id",status="405"')).toBe('1');
      expect(count('method="GET",route="unmatched",status="404"')).toBeDefined();
      expect(text).toMatch(/^http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/jobs\/:id",status="200"\} \d+$/m);
      const routes = new Set([...text.matchAll(/^http_requests_total\{.*route="([^"]*)"/gm)].map((m) => m[1]));
      expect([...routes].filter((route) => /\d/.test(route))).toEqual([]);
    });

    it('reports the database pool and background task outcomes', async () => {
      recordTaskRun('outbox', 'failed', 0.2);
      recordTaskRun('outbox', 'completed');
      const text = await scrape();
      expect(text).toMatch(/^db_pool_connections\{state="total"\} [1-9]\d*$/m);
      expect(text).toMatch(/^db_pool_connections\{state="idle"\} \d+$/m);
      expect(text).toMatch(/^db_pool_connections\{state="waiting"\} 0$/m);
      expect(text).toMatch(/^db_pool_max [1-9]\d*$/m);
      expect(text).toMatch(/^background_task_runs_total\{task="outbox",outcome="failed"\} 1$/m);
      expect(text).toMatch(/^background_task_runs_total\{task="outbox",outcome="completed"\} 1$/m);
      expect(text).toMatch(/^background_task_duration_seconds_count\{task="outbox",outcome="failed"\} 1$/m);
      expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    });
  });
});
