import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOf } from '../server/db/sql.js';
import { setupApi, type TestApi } from './support/api.js';

/** Drafts of live records: kept apart from the record and the public front door until published. */
describe('drafts', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi({ seed: false });
  });
  afterAll(() => s.t.drop());

  const publicPage = async (path: string) => {
    const { body } = await s
      .anonymous()
      .get(`/api/v1/pages/page/?path=${encodeURIComponent(path)}`)
      .expect(200);
    return body.objects[0] as { content: string; title: string } | undefined;
  };
  const newPage = async (path: string, content: string, published = true) =>
    (
      await s
        .api()
        .post('/api/pages')
        .send({ title: `Page ${path}`, path, content, content_markup_type: 'markdown', is_published: published })
        .expect(201)
    ).body as { id: number; row_version: number };

  it('keeps a draft of a published page from the record, the public API and anonymous readers until it is published', async () => {
    const page = await newPage('about/draft', 'Live text.');
    const saved = await s
      .api()
      .put(`/api/pages/${page.id}?draft=true`)
      .send({ title: 'Draft title', content: 'Draft text.', row_version: page.row_version, has_draft: false, publish_at: null })
      .expect(200);
    expect(saved.body).toMatchObject({ content: 'Draft text.', title: 'Draft title', has_draft: true, live_row_version: page.row_version });
    expect(saved.body.row_version).toBeGreaterThan(page.row_version);
    expect(saved.body.draft).toMatchObject({ author: 'test-superuser', row_version: saved.body.row_version });

    // The record: unchanged, flagged, with the draft's author and time.
    const live = await s.api().get(`/api/pages/${page.id}`).expect(200);
    expect(live.body).toMatchObject({ content: 'Live text.', title: 'Page about/draft', row_version: page.row_version, has_draft: true });
    expect(live.body.draft.author).toBe('test-superuser');
    const listed = await s
      .api()
      .get(`/api/pages?filter=${encodeURIComponent(JSON.stringify({ id: page.id }))}`)
      .expect(200);
    expect(listed.body[0]).toMatchObject({ has_draft: true, content: 'Live text.' });
    expect((await publicPage('about/draft'))?.content).toBe('Live text.');
    // No version for a draft save: versions are what was live.
    const [{ n }] = await s.t.db.query(`SELECT count(*)::int AS n FROM record_versions WHERE resource = 'pages' AND record_id = $1`, [
      page.id,
    ]);
    expect(n).toBe(1);

    // A second draft save continues the first; the draft keeps only what differs from the record.
    const again = await s
      .api()
      .put(`/api/pages/${page.id}?draft=true`)
      .send({ title: 'Page about/draft', row_version: saved.body.row_version })
      .expect(200);
    expect(again.body).toMatchObject({ title: 'Page about/draft', content: 'Draft text.' });
    const [stored] = await s.t.db.query(`SELECT values FROM record_drafts WHERE resource = 'pages' AND record_id = $1`, [page.id]);
    expect(stored.values).toEqual({ content: 'Draft text.' });
    // What GET …/draft answers can be sent back as it is.
    const read = (await s.api().get(`/api/pages/${page.id}/draft`).expect(200)).body;
    await s.api().put(`/api/pages/${page.id}?draft=true`).send(read).expect(200);
    expect((await s.api().get(`/api/pages/${page.id}/draft`).expect(200)).body).toMatchObject({
      content: 'Draft text.',
      row_version: again.body.row_version + 1,
    });

    // Publish with the draft's row_version: the record, a version, the public API; the draft is gone.
    await s.api().post(`/api/pages/${page.id}/publish`).send({ row_version: page.row_version }).expect(409);
    const published = await s
      .api()
      .post(`/api/pages/${page.id}/publish`)
      .send({ row_version: again.body.row_version + 1, version_comment: 'Reviewed.' })
      .expect(200);
    expect(published.body).toMatchObject({ content: 'Draft text.', has_draft: false, is_published: true });
    expect((await publicPage('about/draft'))?.content).toBe('Draft text.');
    await s.api().get(`/api/pages/${page.id}/draft`).expect(404);
    const versions = await s.t.db.query(
      `SELECT snapshot->>'content' AS content, comment FROM record_versions WHERE resource = 'pages' AND record_id = $1 ORDER BY number`,
      [page.id],
    );
    expect(versions).toEqual([
      { content: 'Live text.', comment: null },
      { content: 'Draft text.', comment: 'Reviewed.' },
    ]);
  });

  it('refuses a draft of an unpublished record, a stale draft save, and drafts to those who may not change the resource', async () => {
    const hidden = await newPage('about/hidden', 'Not live.', false);
    const refused = await s
      .api()
      .put(`/api/pages/${hidden.id}?draft=true`)
      .send({ content: 'x', row_version: hidden.row_version })
      .expect(409);
    expect(refused.body.message).toMatch(/not published/);
    const page = await newPage('about/stale', 'Live.');
    const editor = await s.as('content_editor');
    const first = await editor
      .put(`/api/pages/${page.id}?draft=true`)
      .send({ content: 'First.', row_version: page.row_version })
      .expect(200);
    // Holding the record's version: the draft it has not seen is not overwritten.
    const stale = await s
      .api()
      .put(`/api/pages/${page.id}?draft=true`)
      .send({ content: 'Second.', row_version: page.row_version })
      .expect(409);
    expect(stale.body.row_version).toBe(first.body.row_version);
    // A save of the record itself while the draft is pending keeps the draft ahead of it.
    const recordSave = await s
      .api()
      .put(`/api/pages/${page.id}`)
      .send({ title: 'Renamed live', row_version: page.row_version })
      .expect(200);
    const draft = (await s.api().get(`/api/pages/${page.id}/draft`).expect(200)).body;
    expect(draft.row_version).toBeGreaterThan(recordSave.body.row_version);
    expect(draft).toMatchObject({ title: 'Renamed live', content: 'First.' });
    await s.api().put(`/api/pages/${page.id}?draft=true`).send({ content: 'Third.', row_version: recordSave.body.row_version }).expect(409);

    const reader = await s.as('release_manager');
    await reader.put(`/api/pages/${page.id}?draft=true`).send({ content: 'No.', row_version: draft.row_version }).expect(403);
    await reader.get(`/api/pages/${page.id}/draft`).expect(403);
    await s.anonymous().get(`/api/pages/${page.id}/draft`).expect(401);
    await s.api().put(`/api/pages/${page.id}?draft=maybe`).send({ content: 'No.', row_version: draft.row_version }).expect(400);
    await s.api().put(`/api/pages/${page.id}?draft=true`).send({ content: 7, row_version: draft.row_version }).expect(422);
    await s.api().get('/api/users/1/draft').expect(404);

    // Discarded: the record as it is, no draft.
    const discarded = await editor.delete(`/api/pages/${page.id}/draft`).expect(200);
    expect(discarded.body).toMatchObject({ has_draft: false, draft: null, content: 'Live.' });
    await editor.delete(`/api/pages/${page.id}/draft`).expect(404);
  });

  it('publishes a draft only through every check a save runs: a path taken since is a 409 and changes nothing', async () => {
    const page = await newPage('about/one', 'One.');
    const draft = await s
      .api()
      .put(`/api/pages/${page.id}?draft=true`)
      .send({ path: 'about/two', row_version: page.row_version })
      .expect(200);
    await newPage('about/two', 'Taken meanwhile.');
    const refused = await s.api().post(`/api/pages/${page.id}/publish`).send({ row_version: draft.body.row_version });
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toHaveProperty('path');
    const live = await s.api().get(`/api/pages/${page.id}`).expect(200);
    expect(live.body).toMatchObject({ path: 'about/one', has_draft: true });
  });

  it('keeps drafts of a release out of the public API and the downloads feed until published, files and all', async () => {
    const release = await s
      .api()
      .post('/api/releases')
      .send({
        name: 'Python 3.19.0',
        slug: 'python-3190',
        version: 3,
        release_date: '2029-10-01T00:00:00Z',
        is_published: true,
        publish_override: 'Files come later.',
      })
      .expect(201);
    await s
      .api()
      .put(`/api/releases/${release.body.id}?draft=true`)
      .send({ name: 'Python 3.19.0 (draft)', row_version: release.body.row_version })
      .expect(200);
    const v2 = await s.anonymous().get('/api/v2/downloads/release/?slug=python-3190').expect(200);
    expect(v2.body[0].name).toBe('Python 3.19.0');
    const feed = await s.anonymous().get('/downloads/feed.rss').expect(200);
    expect(feed.text).toContain('Python 3.19.0');
    expect(feed.text).not.toContain('(draft)');
  });

  it('lets one of two concurrent draft saves win; the other gets the 409 with the current row_version', async () => {
    const page = await newPage('about/race', 'Live.');
    const editor = await s.as('content_editor');
    const first = await editor
      .put(`/api/pages/${page.id}?draft=true`)
      .send({ content: 'Start.', row_version: page.row_version })
      .expect(200);
    for (let round = 0; round < 5; round++) {
      const current = (await s.api().get(`/api/pages/${page.id}/draft`).expect(200)).body.row_version as number;
      const replies = await Promise.all(
        ['A', 'B'].map((who) =>
          (who === 'A' ? editor : s.api())
            .put(`/api/pages/${page.id}?draft=true`)
            .send({ content: `${who}${round}`, row_version: current }),
        ),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = replies.find((r) => r.status === 200)!;
      const loser = replies.find((r) => r.status === 409)!;
      expect(loser.body.row_version).toBe(winner.body.row_version);
      expect((await s.api().get(`/api/pages/${page.id}/draft`)).body.content).toBe(winner.body.content);
    }
    expect(first.body.row_version).toBeGreaterThan(page.row_version);
  });

  it('never publishes half of a draft a concurrent save is changing', async () => {
    const editor = await s.as('content_editor');
    for (let round = 0; round < 4; round++) {
      const page = await newPage(`about/halves-${round}`, 'Live.');
      const draft = (
        await s
          .api()
          .put(`/api/pages/${page.id}?draft=true`)
          .send({ title: 'T0', content: 'C0', row_version: page.row_version })
          .expect(200)
      ).body;
      const [save, publish] = await Promise.all([
        editor.put(`/api/pages/${page.id}?draft=true`).send({ title: 'T1', content: 'C1', row_version: draft.row_version }),
        s.api().post(`/api/pages/${page.id}/publish`).send({ row_version: draft.row_version }),
      ]);
      const live = (await s.api().get(`/api/pages/${page.id}`).expect(200)).body;
      if (publish.status === 200) {
        // Published first: all of the draft went live. The save then worked on what is live, or heard 409.
        expect([live.title, live.content]).toEqual(['T0', 'C0']);
        expect([200, 409]).toContain(save.status);
      } else {
        // Saved first: the publish named a version that had moved, and nothing went live.
        expect([save.status, publish.status]).toEqual([200, 409]);
        expect([live.title, live.content, live.has_draft]).toEqual([`Page about/halves-${round}`, 'Live.', true]);
      }
    }
  });

  it('never deadlocks a publish that marks a release latest against another marking of its series', async () => {
    const create = async (slug: string) =>
      (
        await s
          .api()
          .post('/api/releases')
          .send({ name: slug, slug, version: 2, release_date: '2030-01-01T00:00:00Z', is_published: true, publish_override: 'No files.' })
          .expect(201)
      ).body as { id: number; row_version: number };
    for (let round = 0; round < 6; round++) {
      const [a, b] = [await create(`lock-a-${round}`), await create(`lock-b-${round}`)];
      const draft = (
        await s.api().put(`/api/releases/${a.id}?draft=true`).send({ is_latest: true, row_version: a.row_version }).expect(200)
      ).body;
      const replies = await Promise.all([
        s.api().post(`/api/releases/${a.id}/publish`).send({ row_version: draft.row_version }),
        s.api().put(`/api/releases/${b.id}`).send({ is_latest: true, row_version: b.row_version }),
      ]);
      expect(replies.map((r) => r.status)).toEqual([200, 200]);
      const [{ n }] = await s.t.db.query(`SELECT count(*)::int AS n FROM releases WHERE version = 2 AND is_latest`);
      expect(n).toBe(1);
    }
  });

  it('reads has_draft on every row of a list', async () => {
    const sql = sqlOf(s.t.db);
    const [{ n }] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM pages`);
    const { body } = await s.api().get('/api/pages').expect(200);
    expect(body).toHaveLength(n);
    expect(body.every((row: { has_draft: unknown }) => typeof row.has_draft === 'boolean')).toBe(true);
  });
});
