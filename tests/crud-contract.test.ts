import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MountedResource } from '../server/crud/registry.js';
import { ra, setupApi, type TestApi } from './support/api.js';
import { insert, rows } from './support/rows.js';

type Row = Record<string, unknown>;

/** Values for a copy of a record that must differ from the original: unique columns and one-per-parent links. */
async function uniqueOverrides(s: TestApi, { model }: MountedResource, original: Row, n: number): Promise<Row> {
  const overrides: Row = {};
  const uniqueColumns = model.metadata.indices
    .filter((i) => i.isUnique && i.columns.length === 1 && !i.where)
    .map((i) => i.columns[0].databaseName)
    .concat(model.metadata.uniques.flatMap((u) => u.columns.map((c) => c.databaseName)));
  for (const column of uniqueColumns) {
    const value = original[column];
    if (typeof value !== 'string') continue;
    overrides[column] = column === 'email' ? `copy${n}-${value}` : `${value}-copy${n}`;
  }
  if (model.table === 'memberships') overrides.creator_id = await insert(s.t.db, 'users', rows.user());
  if (model.table === 'occurring_rules') {
    const calendar = await insert(s.t.db, 'calendars', rows.calendar());
    overrides.event_id = await insert(s.t.db, 'events', rows.event(calendar));
  }
  if (model.table === 'nominees') overrides.user_id = null;
  if (model.table === 'users') overrides.password = 'a long enough password';
  if (model.table === 'webhook_headers') overrides.value = 'a header value';
  if ('download_button' in original) overrides.download_button = false;
  if ('is_latest' in original) overrides.is_latest = false;
  // A workflow field starts at its initial state (docs/api.md, Job moderation): a copy of an approved job is a new draft.
  if (model.workflow) overrides[model.workflow.stateColumn] = model.workflow.machine.initial;
  return overrides;
}

/** The fields of a record a client may send back when creating a copy. */
function writableCopy({ model }: MountedResource, record: Row): Row {
  const fields = [...model.writable, ...model.manyToMany.keys()];
  return Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));
}

describe('every resource answers the seven react-admin calls', () => {
  let s: TestApi;
  let mounted: readonly MountedResource[];
  beforeAll(async () => {
    s = await setupApi();
    mounted = s.registry.resources;
    // Rows the demo does not have, so every resource has a record to work with.
    const [admin] = await s.t.db.query(`SELECT id FROM users ORDER BY id LIMIT 1`);
    await insert(s.t.db, 'auth_tokens', { user_id: admin.id, name: 'ci', token_hash: 'a'.repeat(64), token_prefix: 'pyo_aaaa' });
    await s.api().put('/api/pages/1').send({ title: 'About Python', row_version: 1 }).expect(200);
    const logo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#306998' } })
      .png()
      .toBuffer();
    await s.api().post('/api/media').attach('file', logo, 'logo.png').expect(201);
    // A paused webhook (nothing is sent) with a header, and a change that gives it a delivery.
    const hook = await s.api().post('/api/webhooks').send({ name: 'ci', url: 'https://hooks.example.org/ci' }).expect(201);
    await s.api().put(`/api/webhooks/${hook.body.id}`).send({ state: 'paused', row_version: hook.body.row_version }).expect(200);
    await s.api().post('/api/webhook-headers').send({ webhook_id: hook.body.id, name: 'Authorization', value: 'Bearer ci' }).expect(201);
    await s.api().put('/api/pages/1').send({ title: 'About Python!', row_version: 2 }).expect(200);
  });
  afterAll(() => s.t.drop());

  it('has a resource for every entity but the internal ones (sessions, sign-in throttle, settings, the mail outbox, task runs, record versions, drafts, scheduled publications)', () => {
    const tables = new Set(mounted.map((r) => r.model.table));
    const missing = s.t.db.entityMetadatas.filter((m) => !m.isJunction && !tables.has(m.tableName)).map((m) => m.tableName);
    // Record versions are read through their record's routes (/api/{resource}/{id}/versions).
    expect(missing.sort()).toEqual([
      'login_throttle',
      'outbox',
      'record_drafts',
      'record_versions',
      'scheduled_publications',
      'sessions',
      'settings',
      'task_runs',
    ]);
  });

  it('lists, gets one, gets many and gets many by reference, with Content-Range', async () => {
    for (const { model } of mounted) {
      const list = await s.api().get(`/api/${model.name}${ra({ sort: ['id', 'ASC'], range: [0, 9] })}`);
      expect(list.status, model.name).toBe(200);
      expect(list.headers['access-control-expose-headers']).toBe('Content-Range');
      const total = Number(list.headers['content-range'].split('/')[1]);
      expect(list.headers['content-range'], model.name).toBe(`${model.name} 0-${list.body.length - 1}/${total}`);
      expect(list.body.length, `${model.name} has demo rows`).toBeGreaterThan(0);

      const first = list.body[0];
      const one = await s.api().get(`/api/${model.name}/${first.id}`).expect(200);
      expect(one.body).toEqual(first);
      const ids = list.body.slice(0, 3).map((r: Row) => r.id);
      const many = await s
        .api()
        .get(`/api/${model.name}${ra({ filter: { id: ids } })}`)
        .expect(200);
      expect(many.body.map((r: Row) => r.id).sort()).toEqual([...ids].sort());

      const reference = [...model.filterable].find((f) => f.endsWith('_id') && first[f] != null);
      if (reference) {
        const byRef = await s
          .api()
          .get(`/api/${model.name}${ra({ filter: { [reference]: first[reference] }, sort: ['id', 'ASC'], range: [0, 4] })}`)
          .expect(200);
        expect(
          byRef.body.every((r: Row) => r[reference] === first[reference]),
          `${model.name} by ${reference}`,
        ).toBe(true);
      }
      await s.api().get(`/api/${model.name}/99999999`).expect(404);
    }
  });

  it('creates, updates and deletes through the API where the resource allows it, and answers 405 where not', async () => {
    for (const [n, resource] of mounted.entries()) {
      const { model } = resource;
      const [original] = (await s.api().get(`/api/${model.name}${ra({ sort: ['id', 'ASC'], range: [0, 0] })}`)).body;
      if (!model.operations.has('create')) {
        // Media are created by uploading a file (multipart/form-data): JSON there is the wrong type, not the wrong method;
        // webhooks by their own route, which answers with the generated secret (an empty body lacks name and url).
        await s
          .api()
          .post(`/api/${model.name}`)
          .send({})
          .expect(({ media: 415, webhooks: 422 } as Record<string, number>)[model.name] ?? 405);
        if (model.operations.has('update')) await s.api().put(`/api/${model.name}/${original.id}`).send(original).expect(200);
        else await s.api().put(`/api/${model.name}/${original.id}`).send({}).expect(405);
        if (!model.operations.has('delete')) await s.api().delete(`/api/${model.name}/${original.id}`).expect(405);
        continue;
      }
      const body = { ...writableCopy(resource, original), ...(await uniqueOverrides(s, resource, original, n)) };
      const created = await s.api().post(`/api/${model.name}`).send(body);
      expect(created.status, `${model.name}: ${JSON.stringify(created.body)}`).toBe(201);
      expect(created.body.id).not.toBe(original.id);

      // react-admin sends the whole record back on update: server-managed fields are ignored.
      const updated = await s.api().put(`/api/${model.name}/${created.body.id}`).send(created.body);
      expect(updated.status, `${model.name}: ${JSON.stringify(updated.body)}`).toBe(200);
      expect(updated.body.row_version).toBe(created.body.row_version + 1);

      const deleted = await s.api().delete(`/api/${model.name}/${created.body.id}`).expect(200);
      expect(deleted.body.id).toBe(created.body.id);
      await s.api().get(`/api/${model.name}/${created.body.id}`).expect(404);
    }
  });
});
