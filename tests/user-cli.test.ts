import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

// Each test starts the CLI through tsx several times: seconds apiece, more on a loaded machine.
const CLI_TIMEOUT = 90_000;

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

describe('npm run user', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  const user = (args: string[], password?: string) =>
    run(tsx, ['server/cli/user.ts', ...args], {
      env: { ...process.env, DATABASE_URL: t.url, USER_PASSWORD: password ?? '', LOG_LEVEL: 'silent' },
    });

  it(
    'creates a user with roles, resets a password (ending sessions), and promotes to superuser',
    async () => {
      const created = await user(['create', 'ops', 'ops@python.org', '--role', 'release_manager'], 'first password!');
      expect(created.stdout).toMatch(/Created user ops/);
      const app = createApp(t.db);
      const agent = request.agent(app);
      const login = await agent.post('/api/auth/login').send({ username: 'ops', password: 'first password!' }).expect(200);
      expect(login.body.roles).toEqual(['release_manager']);

      await user(['set-password', 'ops'], 'second password!');
      await agent.get('/api/auth/me').expect(401);
      await request(app).post('/api/auth/login').send({ username: 'ops', password: 'second password!' }).expect(200);

      await user(['promote', 'ops']);
      const [row] = await t.db.query(`SELECT is_superuser FROM users WHERE username = 'ops'`);
      expect(row.is_superuser).toBe(true);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses unknown roles and short passwords with a message',
    async () => {
      await expect(user(['create', 'x', 'x@python.org', '--role', 'emperor'], 'long enough pw')).rejects.toMatchObject({
        stderr: expect.stringMatching(/Unknown role "emperor"/),
      });
      await expect(user(['create', 'x', 'x@python.org'], 'short')).rejects.toMatchObject({
        stderr: expect.stringMatching(/at least 10 characters/),
      });
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses look-alike usernames and header-breaking e-mails, and stores usernames NFKC-normalised',
    async () => {
      await expect(user(['create', 'ad\u200Bmin', 'zw@python.org'], 'long enough pw')).rejects.toMatchObject({
        stderr: expect.stringMatching(/username: .*invisible/),
      });
      await expect(user(['create', 'mallory', 'm@python.org\r\nBcc: victim@evil.example'], 'long enough pw')).rejects.toMatchObject({
        stderr: expect.stringMatching(/email: .*e-mail address/),
      });
      await user(['create', '\uff4f\uff50\uff53\uff12', 'ops2@python.org'], 'long enough pw');
      const [row] = await t.db.query(`SELECT username FROM users WHERE email = 'ops2@python.org'`);
      expect(row.username).toBe('ops2');
      await user(['promote', '\uff4f\uff50\uff53\uff12']);
    },
    CLI_TIMEOUT,
  );
});
