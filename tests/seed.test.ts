import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_STATUSES, valuesOf } from '../server/domain/enums.js';
import { isDatabaseEmpty, seedDemo } from '../server/seed/demo.js';
import { seedScale } from '../server/seed/scale.js';
import { ensureSuperuser } from '../server/seed/superuser.js';
import { verifyPassword } from '../server/auth/passwords.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const count = async (t: TestDatabase, sql: string, params: unknown[] = []) => (await t.db.query(sql, params))[0].n as number;

describe('the demo data set', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    await seedDemo(t.db);
  });
  afterAll(() => t.drop());

  it('makes the database non-empty, so start-up does not load it twice', async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(false);
  });

  it('has Python 3 releases with files for each OS and exactly one download button per OS', async () => {
    const releases: { id: number; oses: number; buttons: number; button_oses: number }[] = await t.db.query(
      `SELECT r.id, count(DISTINCT f.os_id)::int AS oses, count(*) FILTER (WHERE f.download_button)::int AS buttons,
              count(DISTINCT f.os_id) FILTER (WHERE f.download_button)::int AS button_oses
       FROM releases r JOIN release_files f ON f.release_id = r.id WHERE r.version = 3 GROUP BY r.id`,
    );
    expect(releases.length).toBeGreaterThanOrEqual(4);
    for (const r of releases) {
      expect(r.oses).toBe(3);
      expect(r.buttons).toBe(r.oses);
      expect(r.button_oses).toBe(r.oses);
    }
    expect(await count(t, 'SELECT count(*)::int AS n FROM releases WHERE is_latest AND version = 3')).toBe(1);
  });

  it('has pages in reStructuredText and Markdown', async () => {
    const types: { content_markup_type: string }[] = await t.db.query('SELECT DISTINCT content_markup_type FROM pages');
    expect(types.map((r) => r.content_markup_type)).toEqual(expect.arrayContaining(['rst', 'markdown']));
  });

  it('has calendars with one-off and recurring events', async () => {
    expect(await count(t, 'SELECT count(*)::int AS n FROM occurring_rules')).toBeGreaterThan(0);
    expect(await count(t, 'SELECT count(*)::int AS n FROM recurring_rules')).toBeGreaterThan(0);
    expect(await count(t, 'SELECT count(DISTINCT calendar_id)::int AS n FROM events')).toBe(2);
    expect(await count(t, 'SELECT count(*)::int AS n FROM event_category_associations')).toBeGreaterThan(0);
  });

  it('has jobs in every status, each with the history that led there', async () => {
    const statuses: { status: string }[] = await t.db.query('SELECT DISTINCT status FROM jobs');
    expect(statuses.map((s) => s.status).sort()).toEqual(valuesOf(JOB_STATUSES).sort());
    const mismatched = await count(
      t,
      `SELECT count(*)::int AS n FROM jobs j WHERE j.status <> coalesce(
         (SELECT to_status FROM job_transitions t WHERE t.job_id = j.id ORDER BY t.created DESC, t.id DESC LIMIT 1), 'draft')`,
    );
    expect(mismatched).toBe(0);
  });

  it('has memberships, sponsors with sponsorships, and role holders', async () => {
    expect(await count(t, 'SELECT count(*)::int AS n FROM memberships')).toBeGreaterThan(0);
    expect(await count(t, 'SELECT count(*)::int AS n FROM sponsorships WHERE sponsor_id IS NOT NULL')).toBeGreaterThan(0);
    const roles: { slug: string }[] = await t.db.query('SELECT DISTINCT r.slug FROM roles r JOIN user_roles ur ON ur.role_id = r.id');
    expect(roles.map((r) => r.slug).sort()).toEqual(['content_editor', 'job_moderator', 'release_manager']);
  });

  it('gives demo accounts no usable password unless it is given one (DEMO_PASSWORD, or generated on the embedded database)', async () => {
    const [user] = await t.db.query(`SELECT password_hash FROM users WHERE username = 'ewa'`);
    expect(await verifyPassword(user.password_hash, '')).toBe(false);
    expect(await verifyPassword(user.password_hash, '!unusable')).toBe(false);
  });
});

describe('the superuser at first start', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('is created from the given password, hashed with argon2id, and not recreated', async () => {
    const first = await ensureSuperuser(t.db, { username: 'root', email: 'root@python.org', password: 's3cret-pass' });
    expect(first).toEqual({ username: 'root', created: true, generatedPassword: undefined });
    const [row] = await t.db.query(`SELECT password_hash, is_superuser FROM users WHERE username = 'root'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.password_hash, 's3cret-pass')).toBe(true);
    const again = await ensureSuperuser(t.db, { username: 'other', email: 'o@python.org' });
    expect(again).toEqual({ username: 'root', created: false });
  });

  it('gets a generated password, returned once, when none is given', async () => {
    await t.db.query('UPDATE users SET is_superuser = false');
    const result = await ensureSuperuser(t.db, { username: 'admin2', email: 'admin2@python.org' });
    expect(result.generatedPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const [row] = await t.db.query(`SELECT password_hash FROM users WHERE username = 'admin2'`);
    expect(await verifyPassword(row.password_hash, result.generatedPassword!)).toBe(true);
  });
});

describe('bulk data for benchmarks', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('loads the documented proportions and respects every constraint, twice over', async () => {
    const counts = await seedScale(t.db, 0.01);
    expect(counts).toEqual({ releases: 50, release_files: 1000, pages: 200, jobs: 2000 });
    await seedScale(t.db, 0.01); // fresh slugs and URLs: repeatable
    expect(await count(t, 'SELECT count(*)::int AS n FROM jobs')).toBe(4000);
    expect(await count(t, 'SELECT count(*)::int AS n FROM release_files')).toBe(2000);
    expect(await count(t, `SELECT count(*)::int AS n FROM pages WHERE length(content) > 1500`)).toBe(400);
    const searchable = await count(
      t,
      `SELECT count(*)::int AS n FROM jobs WHERE to_tsvector('english', description) @@ plainto_tsquery('english', 'python')`,
    );
    expect(searchable).toBeGreaterThan(0);
  });
});
