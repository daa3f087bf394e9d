import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../server/resources/index.js';
import { setupApi, type TestApi } from './support/api.js';

interface Field {
  name: string;
  kind: string;
  writable: boolean;
  required: boolean;
  reference?: string;
  writeOnly?: boolean;
  choices?: unknown[];
  prefix?: string;
  maxLength?: number;
  media?: { kind?: string; needsAlt?: boolean };
}
interface Described {
  name: string;
  fields: Field[];
  filters: string[];
  sort: string[];
  operations: string[];
  search: boolean;
}

describe('GET /api/meta/resources: what the admin derives its screens from', () => {
  let s: TestApi;
  let described: Described[];
  const field = (resource: string, name: string) => described.find((r) => r.name === resource)!.fields.find((f) => f.name === name);
  beforeAll(async () => {
    s = await setupApi({ seed: false });
    described = (await (await s.as('job_moderator')).get('/api/meta/resources').expect(200)).body;
  });
  afterAll(() => s?.t.drop());

  it('needs a signed-in user', async () => {
    await s.anonymous().get('/api/meta/resources').expect(401);
  });

  it('describes every resource of the registry, each with its readable columns', async () => {
    expect(described).toHaveLength(resources.length);
    const columns = await s.t.db.query<{ column_name: string }[]>(
      "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'release_files'",
    );
    const names = described.find((r) => r.name === 'release-files')!.fields.map((f) => f.name);
    expect(new Set(names)).toEqual(new Set(columns.map((c) => c.column_name)));
  });

  it('names the resource each foreign key and id list points at', () => {
    expect(field('release-files', 'os_id')?.reference).toBe('operating-systems');
    expect(field('release-files', 'release_id')?.reference).toBe('releases');
    expect(field('events', 'category_ids')).toMatchObject({ kind: 'ids', reference: 'event-categories' });
    expect(field('jobs', 'creator_id')).toMatchObject({ reference: 'users', writable: false });
  });

  it('says which columns hold a media library file, of which kind, and where an image needs alt text', () => {
    expect(field('page-images', 'media_id')).toMatchObject({ reference: 'media', media: { kind: 'image', needsAlt: true } });
    expect(field('page-documents', 'media_id')).toMatchObject({ reference: 'media', media: {} });
    expect(field('sponsors', 'print_logo_media_id')?.media).toEqual({ kind: 'image' });
    expect(field('photos', 'media_id')?.media).toEqual({ kind: 'image' });
    expect(field('pages', 'creator_id')?.media).toBeUndefined();
  });

  it('carries the rules the server validates with: choices, prefixes, lengths, required', () => {
    expect(field('jobs', 'status')?.choices).toContain('review');
    expect(field('release-files', 'url')?.prefix).toBe('https://www.python.org/');
    expect(field('pages', 'title')?.maxLength).toBeGreaterThan(0);
    expect(field('pages', 'title')?.required).toBe(true);
    expect(field('pages', 'id')?.writable).toBe(false);
  });

  it('never mentions a secret column; a password is write-only', () => {
    const everything = JSON.stringify(described);
    expect(everything).not.toMatch(/password_hash|token_hash/);
    expect(field('users', 'password')).toMatchObject({ writeOnly: true, writable: true });
  });
});
