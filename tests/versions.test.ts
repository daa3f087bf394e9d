import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneVersions } from '../server/crud/versions/prune.js';
import { writeRecord } from '../server/crud/write/pipeline.js';
import { sqlOf } from '../server/db/sql.js';
import { ra, setupApi, type TestApi } from './support/api.js';

/** Numbered versions of versioned records: one per committed save, none for a rolled-back one, restorable. */
describe('versions', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi();
  });
  afterAll(() => s.t.drop());

  const versionsOf = async (resource: string, id: number) =>
    s.t.db.query(
      `SELECT number, published, snapshot, comment FROM record_versions WHERE resource = $1 AND record_id = $2 ORDER BY number`,
      [resource, id],
    );

  it('stores one numbered snapshot per committed save, and none for a refused or rolled-back one', async () => {
    const created = await s
      .api()
      .post('/api/pages')
      .send({ title: 'Versioned', path: 'versioned', content: 'one', is_published: false })
      .expect(201);
    const id = created.body.id as number;
    const updated = await s.api().put(`/api/pages/${id}`).send({ content: 'two', row_version: created.body.row_version }).expect(200);
    // Stale: refused, no version.
    await s.api().put(`/api/pages/${id}`).send({ content: 'stale', row_version: created.body.row_version }).expect(409);
    await s
      .api()
      .put(`/api/pages/${id}`)
      .send({ content: 'three', is_published: true, row_version: updated.body.row_version, version_comment: 'Published at last.' })
      .expect(200);
    // Rolled back inside a savepoint: its version goes with it.
    const page = s.registry.byName.get('pages')!.model;
    await s.registry.write(async (tx) => {
      await tx
        .savepoint(async () => {
          await writeRecord(tx, page, { operation: 'update', actor: null, id, input: { content: 'rolled back' } });
          throw new Error('undo');
        })
        .catch(() => {});
    });
    const versions = await versionsOf('pages', id);
    expect(versions.map((v: { number: number }) => v.number)).toEqual([1, 2, 3]);
    expect(versions.map((v: { snapshot: { content: string } }) => v.snapshot.content)).toEqual(['one', 'two', 'three']);
    expect(versions.map((v: { published: boolean }) => v.published)).toEqual([false, false, true]);
    expect(versions.map((v: { comment: string | null }) => v.comment)).toEqual([null, null, 'Published at last.']);
    // What clients read, never more: no search vectors.
    const computed = new Set(page.computed.map((field) => field.name));
    const read = Object.keys((await s.api().get(`/api/pages/${id}`)).body).filter((key) => !computed.has(key));
    expect(Object.keys(versions[0].snapshot).sort()).toEqual(read.sort());
  });

  it("keeps a release's files in its versions: one version per transaction, however many files it wrote", async () => {
    const release = await s
      .api()
      .post('/api/releases')
      .send({ name: 'Python 3.17.0', slug: 'python-3170', version: 3, release_date: '2028-10-01T00:00:00Z' })
      .expect(201);
    const id = release.body.id as number;
    const [os] = await s.t.db.query(`SELECT id FROM operating_systems WHERE slug = 'source'`);
    const url = 'https://www.python.org/ftp/python/3.17.0/Python-3.17.0.tgz';
    await s.api().post('/api/release-files').send({ name: 'Source', slug: 'py3170-tgz', os_id: os.id, release_id: id, url }).expect(201);
    // The manifest import writes three files in one transaction: one version.
    const rows = ['tar.xz', 'zip', 'tar.bz2'].map((ext) => ({
      name: ext,
      slug: `py3170-${ext.replace('.', '-')}`,
      os: 'source',
      url: `https://www.python.org/ftp/python/3.17.0/Python-3.17.0.${ext}`,
    }));
    await s
      .api()
      .post(`/api/releases/${id}/files/import`)
      .send([{ name: 'Source', slug: 'py3170-tgz', os: 'source', url }, ...rows])
      .expect(200);
    const versions = await versionsOf('releases', id);
    expect(versions.map((v: { snapshot: { children: Record<string, unknown[]> } }) => v.snapshot.children['release-files'].length)).toEqual(
      [0, 1, 4],
    );
    const files = versions[2].snapshot.children['release-files'] as { url: string }[];
    expect(files.map((f) => f.url).sort()).toEqual([url, ...rows.map((r) => r.url)].sort());
  });

  it('offers a version comment on the forms of versioned resources only, as a note rather than a secret', async () => {
    const meta = (await s.api().get('/api/meta/resources').expect(200)).body as {
      name: string;
      fields: { name: string; note?: boolean }[];
    }[];
    const commented = meta.filter((r) => r.fields.some((f) => f.name === 'version_comment')).map((r) => r.name);
    expect(commented.sort()).toEqual([...s.registry.versions.keys()].sort());
    expect(meta.find((r) => r.name === 'pages')!.fields.find((f) => f.name === 'version_comment')).toMatchObject({
      writeOnly: true,
      note: true,
    });
    expect(meta.find((r) => r.name === 'users')!.fields.find((f) => f.name === 'password')).not.toHaveProperty('note');
  });

  it('lists versions newest first in pages, reads one with its snapshot, and answers 404 where there is none', async () => {
    const [page] = await s.t.db.query(
      `SELECT record_id AS id FROM record_versions WHERE resource = 'pages' GROUP BY record_id HAVING count(*) = 3`,
    );
    const list = await s
      .api()
      .get(`/api/pages/${page.id}/versions${ra({ range: [0, 1] })}`)
      .expect(200);
    expect(list.headers['content-range']).toBe('versions 0-1/3');
    expect(list.body.map((v: { number: number }) => v.number)).toEqual([3, 2]);
    expect(list.body[0]).toMatchObject({ author: 'test-superuser', published: true });
    expect(list.body[0]).not.toHaveProperty('snapshot');
    const one = await s.api().get(`/api/pages/${page.id}/versions/2`).expect(200);
    expect(one.body.snapshot.content).toBe('two');
    await s.api().get(`/api/pages/${page.id}/versions/9`).expect(404);
    await s.api().get(`/api/pages/999999/versions`).expect(404);
    await s.api().get(`/api/users/1/versions`).expect(404);
  });

  it('restores a version through the pipeline: a new version naming it, audited, 409 when stale, 403 for readers', async () => {
    const [page] = await s.t.db.query(
      `SELECT record_id AS id FROM record_versions WHERE resource = 'pages' GROUP BY record_id HAVING count(*) = 3`,
    );
    const current = (await s.api().get(`/api/pages/${page.id}`).expect(200)).body;
    await s
      .api()
      .post(`/api/pages/${page.id}/versions/1/restore`)
      .send({ row_version: current.row_version - 1 })
      .expect(409);
    const reader = await s.as('job_moderator');
    await reader.post(`/api/pages/${page.id}/versions/1/restore`).send({ row_version: current.row_version }).expect(403);
    const restored = await s.api().post(`/api/pages/${page.id}/versions/1/restore`).send({ row_version: current.row_version }).expect(200);
    expect(restored.body).toMatchObject({ content: 'one', is_published: false, row_version: current.row_version + 1 });
    const versions = await versionsOf('pages', page.id);
    expect(versions.at(-1)).toMatchObject({ number: 4, comment: 'Restored version 1.', published: false });
    const [audit] = await s.t.db.query(
      `SELECT changes FROM audit_log WHERE resource = 'pages' AND record_id = $1 ORDER BY id DESC LIMIT 1`,
      [page.id],
    );
    expect(audit.changes.content).toEqual({ old: 'three', new: 'one' });
  });

  it("restores a release's files by content: changed and added files go, deleted ones come back, unchanged ones stay", async () => {
    const [release] = await s.t.db.query(`SELECT id FROM releases WHERE slug = 'python-3170'`);
    const filesNow = async () =>
      (await s.t.db.query('SELECT id, url, filesize FROM release_files WHERE release_id = $1 ORDER BY url', [release.id])) as {
        id: number;
        url: string;
        filesize: number;
      }[];
    const [{ number: n }] = await s.t.db.query(
      `SELECT max(number) AS number FROM record_versions WHERE resource = 'releases' AND record_id = $1`,
      [release.id],
    );
    const before = await filesNow();
    // Since that version: one file changed, one deleted, one added.
    await s.api().put(`/api/release-files/${before[0].id}`).send({ filesize: 42, row_version: 1 }).expect(200);
    await s.api().delete(`/api/release-files/${before[1].id}`).expect(200);
    const [os] = await s.t.db.query(`SELECT id FROM operating_systems WHERE slug = 'windows'`);
    await s
      .api()
      .post('/api/release-files')
      .send({
        name: 'Extra',
        slug: 'py3170-extra',
        os_id: os.id,
        release_id: release.id,
        url: 'https://www.python.org/ftp/python/3.17.0/extra.exe',
      })
      .expect(201);
    const current = (await s.api().get(`/api/releases/${release.id}`)).body;
    await s.api().post(`/api/releases/${release.id}/versions/${n}/restore`).send({ row_version: current.row_version }).expect(200);

    const after = await filesNow();
    expect(after.map(({ url, filesize }) => ({ url, filesize }))).toEqual(before.map(({ url, filesize }) => ({ url, filesize })));
    // Unchanged files kept their ids.
    expect(after.filter((f) => before.some((b) => b.id === f.id)).map((f) => f.url)).toEqual(before.slice(2).map((f) => f.url));
    // One new version for the whole restore.
    const versions = await versionsOf('releases', release.id);
    expect(versions.at(-1)).toMatchObject({ comment: `Restored version ${n}.` });
    expect(versions.at(-1).snapshot.children['release-files']).toHaveLength(before.length);
    expect(versions.length).toBe(n + 4);
  });

  it('prunes old versions beyond the newest N per record, keeping every published one', async () => {
    const created = await s.api().post('/api/boxes').send({ label: 'pruned-box', content: 'v1' }).expect(201);
    let row = created.body;
    for (let i = 2; i <= 6; i++)
      row = (
        await s
          .api()
          .put(`/api/boxes/${row.id}`)
          .send({ content: `v${i}`, row_version: row.row_version })
          .expect(200)
      ).body;
    // A page whose early versions were published.
    const [page] = await s.t.db.query(
      `SELECT record_id AS id FROM record_versions WHERE resource = 'pages' GROUP BY record_id HAVING count(*) = 4`,
    );
    const pruned = await pruneVersions(sqlOf(s.t.db), 2);
    expect(pruned).toBeGreaterThan(0);
    expect((await versionsOf('boxes', row.id)).map((v: { number: number }) => v.number)).toEqual([5, 6]);
    const pageVersions = await versionsOf('pages', page.id);
    // The two newest unpublished ones, and the published one however old.
    expect(pageVersions.map((v: { number: number; published: boolean }) => [v.number, v.published])).toEqual([
      [2, false],
      [3, true],
      [4, false],
    ]);
  });
});
