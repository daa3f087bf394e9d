import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDuePublications } from '../server/crud/schedule/runner.js';
import { createDataSource } from '../server/db/dataSource.js';
import { registryFor } from '../server/seed/registry.js';
import { startScheduler } from '../server/tasks/scheduler.js';
import { setupApi, type TestApi } from './support/api.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** Publishing and unpublishing at a given time: exactly once across instances, every check of a save, failures kept with their reason. */
describe('scheduled publishing', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi({ seed: false });
  });
  afterAll(() => s.t.drop());

  const newPage = async (path: string, published: boolean) =>
    (
      await s
        .api()
        .post('/api/pages')
        .send({ title: `Page ${path}`, path, content: 'Text.', content_markup_type: 'markdown', is_published: published })
        .expect(201)
    ).body as { id: number; row_version: number };
  /** Brings a record's pending entries due now, as if their time had come. */
  const makeDue = (resource: string, id: number, action = 'publish') =>
    s.t.db.query(
      `UPDATE scheduled_publications SET run_at = now() - interval '1 second' WHERE resource = $1 AND record_id = $2 AND action = $3 AND status = 'pending'`,
      [resource, id, action],
    );
  const publicPage = async (path: string) =>
    (
      await s
        .anonymous()
        .get(`/api/v1/pages/page/?path=${encodeURIComponent(path)}`)
        .expect(200)
    ).body.objects[0] as { content: string } | undefined;

  it('sets, shows, moves and clears a schedule; refuses instants in the past and an unpublish where nothing can be unpublished', async () => {
    const page = await newPage('soon', false);
    const at = inAnHour();
    const set = await s.api().put(`/api/pages/${page.id}/schedule`).send({ publish_at: at }).expect(200);
    expect(new Date(set.body.publish_at).toISOString()).toBe(at);
    expect(set.body.unpublish_at).toBeNull();
    const read = await s.api().get(`/api/pages/${page.id}`).expect(200);
    expect(new Date(read.body.publish_at).toISOString()).toBe(at);

    const listed = await s.api().get('/api/schedule?status=pending').expect(200);
    expect(listed.headers['content-range']).toMatch(/^schedule 0-\d+\/\d+$/);
    expect(listed.body).toContainEqual(
      expect.objectContaining({
        resource: 'pages',
        record_id: page.id,
        label: 'Page soon',
        action: 'publish',
        status: 'pending',
        author: 'test-superuser',
      }),
    );

    const past = await s.api().put(`/api/pages/${page.id}/schedule`).send({ publish_at: '2020-01-01T00:00:00Z' }).expect(422);
    expect(past.body.errors.publish_at).toBe('Must be in the future.');
    const order = await s.api().put(`/api/pages/${page.id}/schedule`).send({ publish_at: at, unpublish_at: at }).expect(422);
    expect(order.body.errors.unpublish_at).toBe('Must be after publish_at.');
    const boxes = await s.api().post('/api/boxes').send({ label: 'sched-box', content: 'x' }).expect(201);
    const noState = await s.api().put(`/api/boxes/${boxes.body.id}/schedule`).send({ unpublish_at: at }).expect(422);
    expect(noState.body.errors.unpublish_at).toMatch(/no published state/);
    await s.api().put(`/api/pages/${page.id}/schedule`).send({ publish_at: 'soon' }).expect(422);
    await s.api().get('/api/schedule?status=bogus').expect(400);
    await (await s.as('release_manager')).put(`/api/pages/${page.id}/schedule`).send({ publish_at: at }).expect(403);

    const later = new Date(Date.now() + 7_200_000).toISOString();
    await s.api().put(`/api/pages/${page.id}/schedule`).send({ publish_at: later }).expect(200);
    const [{ n }] = await s.t.db.query(
      `SELECT count(*)::int AS n FROM scheduled_publications WHERE record_id = $1 AND resource = 'pages'`,
      [page.id],
    );
    expect(n).toBe(1);
    const cleared = await s.api().put(`/api/pages/${page.id}/schedule`).send({ publish_at: null }).expect(200);
    expect(cleared.body).toEqual({ publish_at: null, unpublish_at: null });
  });

  it('publishes once with two instances running, and unpublishes when unpublish_at comes', async () => {
    const page = await newPage('at-nine', false);
    await s
      .api()
      .put(`/api/pages/${page.id}/schedule`)
      .send({ publish_at: inAnHour(), unpublish_at: new Date(Date.now() + 7_200_000).toISOString() })
      .expect(200);
    await makeDue('pages', page.id);
    // Two instances, each with its own pool and registry, ticking every second.
    const instances = [createDataSource(s.t.url, { poolSize: 2 }), createDataSource(s.t.url, { poolSize: 2 })];
    await Promise.all(instances.map((db) => db.initialize()));
    const schedulers = instances.map((db, i) =>
      startScheduler(db, [{ name: 'publications', intervalSeconds: 1, run: () => runDuePublications(registryFor(db)) }], {
        worker: `w${i}`,
      }),
    );
    try {
      for (let waited = 0; waited < 10_000; waited += 200) {
        const [entry] = await s.t.db.query(
          `SELECT status FROM scheduled_publications WHERE resource = 'pages' AND record_id = $1 AND action = 'publish'`,
          [page.id],
        );
        if (entry.status !== 'pending') break;
        await sleep(200);
      }
      await sleep(1_200); // another tick or two: nothing applies it again
    } finally {
      await Promise.all(schedulers.map((scheduler) => scheduler.stop()));
      await Promise.all(instances.map((db) => db.destroy()));
    }
    const entries = await s.t.db.query(
      `SELECT action, status, reason FROM scheduled_publications WHERE resource = 'pages' AND record_id = $1 ORDER BY action`,
      [page.id],
    );
    expect(entries).toEqual([
      { action: 'publish', status: 'done', reason: null },
      { action: 'unpublish', status: 'pending', reason: null },
    ]);
    const versions = await s.t.db.query(
      `SELECT published, comment FROM record_versions WHERE resource = 'pages' AND record_id = $1 ORDER BY number`,
      [page.id],
    );
    expect(versions).toEqual([
      { published: false, comment: null },
      { published: true, comment: 'Scheduled publish, set by test-superuser.' },
    ]);
    const audits = await s.t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE resource = 'pages' AND record_id = $1 AND action = 'update'`,
      [page.id],
    );
    expect(audits[0].n).toBe(1);
    expect((await publicPage('at-nine'))?.content).toBe('Text.');

    await makeDue('pages', page.id, 'unpublish');
    expect(await runDuePublications(s.registry)).toEqual({ published: 0, unpublished: 1, failed: 0 });
    expect(await publicPage('at-nine')).toBeUndefined();
  });

  it('applies each due entry once when two runs race, with the draft a published record has', async () => {
    const page = await newPage('race', true);
    await s.api().put(`/api/pages/${page.id}?draft=true`).send({ content: 'Scheduled draft.', row_version: page.row_version }).expect(200);
    await s.api().put(`/api/pages/${page.id}/schedule`).send({ publish_at: inAnHour() }).expect(200);
    await makeDue('pages', page.id);
    const other = createDataSource(s.t.url, { poolSize: 2 });
    await other.initialize();
    try {
      const results = await Promise.all([runDuePublications(s.registry), runDuePublications(registryFor(other))]);
      expect(results.reduce((sum, r) => sum + r.published, 0)).toBe(1);
    } finally {
      await other.destroy();
    }
    expect((await publicPage('race'))?.content).toBe('Scheduled draft.');
    const live = await s.api().get(`/api/pages/${page.id}`).expect(200);
    expect(live.body).toMatchObject({ has_draft: false, publish_at: null });
  });

  it('does not apply a publish the release checklist refuses, and keeps the reason for the dashboard', async () => {
    const release = await s
      .api()
      .post('/api/releases')
      .send({ name: 'Python 3.21.0', slug: 'python-3210', version: 3, release_date: '2031-10-01T00:00:00Z' })
      .expect(201);
    await s.api().put(`/api/releases/${release.body.id}/schedule`).send({ publish_at: inAnHour() }).expect(200);
    await makeDue('releases', release.body.id);
    expect(await runDuePublications(s.registry)).toEqual({ published: 0, unpublished: 0, failed: 1 });
    const failed = await s.api().get('/api/schedule?status=failed').expect(200);
    const entry = failed.body.find((e: { record_id: number }) => e.record_id === release.body.id);
    expect(entry).toMatchObject({ resource: 'releases', label: 'Python 3.21.0', status: 'failed' });
    expect(entry.reason).toMatch(/checklist/i);
    expect((await s.api().get(`/api/releases/${release.body.id}`).expect(200)).body.is_published).toBe(false);
    // Someone who may read none of the resources sees none of their entries.
    const nobody = await s.as('no_role');
    expect((await nobody.get('/api/schedule').expect(200)).body).toEqual([]);
  });

  it('forgets a deleted record’s pending entries', async () => {
    const page = await newPage('gone', false);
    await s.api().put(`/api/pages/${page.id}/schedule`).send({ publish_at: inAnHour() }).expect(200);
    await s.api().delete(`/api/pages/${page.id}`).expect(200);
    const rows = await s.t.db.query(`SELECT 1 FROM scheduled_publications WHERE resource = 'pages' AND record_id = $1`, [page.id]);
    expect(rows).toHaveLength(0);
  });
});
