import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { expectViolation, insert, PG, rows } from './support/rows.js';

describe('integrity rules that hold in the database itself', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('give every table but pure association tables created/updated in UTC-aware timestamptz', async () => {
    const columns: { table_name: string; column_name: string; data_type: string; is_nullable: string }[] = await t.db.query(
      `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    const tables = [...new Set(columns.map((c) => c.table_name))];
    // Tables keyed by something other than an id: sessions, settings and the sign-in throttle.
    const keyed = ['sessions', 'settings', 'login_throttle'];
    const associations = tables.filter(
      (table) => !columns.some((c) => c.table_name === table && c.column_name === 'id') && !keyed.includes(table),
    );
    expect(associations.sort()).toEqual(
      [
        'event_category_associations',
        'job_type_associations',
        'sponsorship_benefit_packages',
        'user_roles',
        'work_group_members',
        'work_group_organizers',
      ].sort(),
    );
    for (const table of tables.filter((x) => !associations.includes(x))) {
      for (const name of ['created', 'updated']) {
        const column = columns.find((c) => c.table_name === table && c.column_name === name);
        expect(column, `${table}.${name}`).toMatchObject({ data_type: 'timestamp with time zone', is_nullable: 'NO' });
      }
      if (!keyed.includes(table)) {
        expect(
          columns.find((c) => c.table_name === table && c.column_name === 'row_version'),
          `${table}.row_version`,
        ).toMatchObject({ data_type: 'integer' });
      }
    }
  });

  it('bump row_version and updated on every update, whoever writes it', async () => {
    const id = await insert(t.db, 'pages', rows.page());
    const [before] = await t.db.query('SELECT row_version, updated FROM pages WHERE id = $1', [id]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await t.db.query(`UPDATE pages SET title = 'Changed' WHERE id = $1`, [id]);
    const [after] = await t.db.query('SELECT row_version, updated FROM pages WHERE id = $1', [id]);
    expect(after.row_version).toBe(before.row_version + 1);
    expect(after.updated.getTime()).toBeGreaterThan(before.updated.getTime());
  });

  it('store and return timestamps in UTC', async () => {
    const [{ tz }] = await t.db.query(`SELECT current_setting('TimeZone') AS tz`);
    expect(tz).toBe('UTC');
    const id = await insert(t.db, 'releases', rows.release({ release_date: '2027-01-02T03:04:05+02:00' }));
    const [row] = await t.db.query(`SELECT release_date, release_date::text AS text FROM releases WHERE id = $1`, [id]);
    expect(row.release_date.toISOString()).toBe('2027-01-02T01:04:05.000Z');
    expect(row.text).toBe('2027-01-02 01:04:05+00');
  });

  it('refuse a second user whose username or email differs only in case', async () => {
    await insert(t.db, 'users', rows.user({ username: 'Guido', email: 'guido@python.org' }));
    await expectViolation(insert(t.db, 'users', rows.user({ username: 'guido' })), PG.unique, 'uq_users_username_lower');
    await expectViolation(insert(t.db, 'users', rows.user({ email: 'GUIDO@python.org' })), PG.unique, 'uq_users_email_lower');
  });

  it('refuse enumeration values outside their lists, table by table', async () => {
    const user = await insert(t.db, 'users', rows.user());
    const cases: [string, Record<string, unknown>, string][] = [
      ['users', rows.user({ email_privacy: 3 }), 'chk_users_email_privacy'],
      ['users', rows.user({ search_visibility: 2 }), 'chk_users_search_visibility'],
      ['users', rows.user({ bio_markup_type: 'textile' }), 'chk_users_bio_markup_type'],
      [
        'memberships',
        { creator_id: user, membership_type: 3, legal_name: 'A', preferred_name: 'A', email_address: 'a@b.c' },
        'chk_memberships_membership_type',
      ],
      ['roles', { slug: 'overlord', name: 'Overlord' }, 'chk_roles_slug'],
      ['pages', rows.page({ content_markup_type: 'wiki' }), 'chk_pages_content_markup_type'],
      ['pages', rows.page({ path: '/leading/slash' }), 'chk_pages_path'],
      ['pages', rows.page({ path: 'Upper/Case' }), 'chk_pages_path'],
      ['boxes', { label: 'has spaces', content: '' }, 'chk_boxes_label'],
      ['releases', rows.release({ content_markup_type: 'doc' }), 'chk_releases_content_markup_type'],
      ['sponsorships', { status: 'paid' }, 'chk_sponsorships_status'],
      ['posts', { content: 'x', media_type: 9 }, 'chk_posts_media_type'],
      ['posts', { content: 'x', status: 0 }, 'chk_posts_status'],
      ['election_kinds', { name: 'Council', nomination_form: 'other' }, 'chk_election_kinds_nomination_form'],
    ];
    for (const [table, row, constraint] of cases) await expectViolation(insert(t.db, table, row), PG.check, constraint);
  });

  it('keep content when its author is deleted, and delete their membership with them', async () => {
    const author = await insert(t.db, 'users', rows.user());
    const page = await insert(t.db, 'pages', rows.page({ creator_id: author, last_modified_by_id: author }));
    await insert(t.db, 'memberships', { creator_id: author, legal_name: 'A B', preferred_name: 'A', email_address: 'a@b.org' });
    await t.db.query('DELETE FROM users WHERE id = $1', [author]);
    const [row] = await t.db.query('SELECT creator_id, last_modified_by_id FROM pages WHERE id = $1', [page]);
    expect(row).toEqual({ creator_id: null, last_modified_by_id: null });
    expect(await t.db.query('SELECT id FROM memberships WHERE creator_id = $1', [author])).toEqual([]);
  });

  it('allow one membership per user', async () => {
    const member = await insert(t.db, 'users', rows.user());
    const membership = { creator_id: member, legal_name: 'A B', preferred_name: 'A', email_address: 'a@b.org' };
    await insert(t.db, 'memberships', membership);
    await expectViolation(insert(t.db, 'memberships', membership), PG.unique);
  });

  it('refuse deleting a calendar with events, and keep events when their venue goes', async () => {
    const calendar = await insert(t.db, 'calendars', rows.calendar());
    const venue = await insert(t.db, 'event_locations', { name: 'Hall', calendar_id: calendar });
    const event = await insert(t.db, 'events', rows.event(calendar, { venue_id: venue }));
    await expectViolation(t.db.query('DELETE FROM calendars WHERE id = $1', [calendar]), PG.restrict, 'fk_events_calendar');
    await t.db.query('DELETE FROM event_locations WHERE id = $1', [venue]);
    const [row] = await t.db.query('SELECT venue_id FROM events WHERE id = $1', [event]);
    expect(row.venue_id).toBeNull();
  });

  it('allow one occurring rule per event, ending after it starts', async () => {
    const calendar = await insert(t.db, 'calendars', rows.calendar());
    const event = await insert(t.db, 'events', rows.event(calendar));
    await expectViolation(
      insert(t.db, 'occurring_rules', { event_id: event, dt_start: '2027-05-02T10:00:00Z', dt_end: '2027-05-01T10:00:00Z' }),
      PG.check,
      'chk_occurring_rules_dates',
    );
    await insert(t.db, 'occurring_rules', { event_id: event, dt_start: '2027-05-01T10:00:00Z', dt_end: '2027-05-02T10:00:00Z' });
    await expectViolation(insert(t.db, 'occurring_rules', { event_id: event }), PG.unique);
    await expectViolation(insert(t.db, 'recurring_rules', { event_id: event, frequency: 7 }), PG.check, 'chk_recurring_rules_frequency');
    await expectViolation(insert(t.db, 'recurring_rules', { event_id: event, interval: 0 }), PG.check, 'chk_recurring_rules_interval');
  });
});
