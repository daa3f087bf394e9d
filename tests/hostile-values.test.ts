import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type request from 'supertest';
import { validatorsFor } from '../admin/src/generic/validators.js';
import type { FieldDescription, ResourceDescription } from '../server/domain/resourceDescription.js';
import { LONG_TEXT_MAX_LENGTH } from '../server/domain/rules.js';
import { MAX_MARKUP_LENGTH } from '../server/render/markup.js';
import { createUser } from '../server/seed/users.js';
import { setupApi, type TestApi } from './support/api.js';
import { expectViolation, insert, PG, rows } from './support/rows.js';
import { importUrl, newRelease, fileRow, postCsv, postJson, toCsv } from './release-import-support.js';

type Body = Record<string, unknown>;

const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 60);

/** Slug-like values that must never be stored: traversal, spaces, control, bidi and zero-width characters. */
const HOSTILE_SLUGS = ['../../x', 'two words', 'bell\u0007', 'evil\u202Etxt', 'ad\u200Bmin', 'a/b', '', 'caf\u00e9'];
const HOSTILE_PAGE_PATHS = ['../../etc/passwd', 'foo/../bar', 'foo/.', './foo', 'foo/..', '..', '/about', 'about/', 'foo//bar', 'About'];
const GOOD_PAGE_PATHS = ['community', 'psf/grants', 'downloads/release/python-3150', 'dev/peps/pep_0008', 'doc/v3.13', 'a/..b/c..'];
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/feed',
  'https://evil.example/\r\nX: y',
  'ftp://example.org/feed',
];
const HOSTILE_FILE_PATHS = [
  '../../etc/passwd',
  'images/../../secret.png',
  '/etc/passwd',
  './x.png',
  'javascript:alert(1)',
  'data:image/png;base64,AAAA',
  'http://evil.example/x.png',
  '//evil.example/x.png',
  'a\u202Egnp.exe',
  'a b.png',
];
const GOOD_FILE_PATHS = ['about/python-logo.png', 'sponsor_web_logos/Acme-Corp.PNG', 'https://www.python.org/static/img/python-logo.png'];
const HOSTILE_EMAILS = [
  'not-an-email',
  'a@example.org\r\nBcc: victim@evil.example',
  'a@example.org\nBcc: v@evil.example',
  'a @example.org',
  'a@b',
  '@example.org',
];
const HOSTILE_USERNAMES = ['ad\u200Bmin', 'admin\u202E', 'bell\u0007', 'tab\tname', 'two words', '\uFEFFewa', 'ewa\u2066', 'ewa\u00a0'];

/** ~950 kB of distinct words: just under the 1 MB body limit, far over a tsvector's 1 MB of lexemes once indexed. */
function distinctWords(chars: number): string {
  const words: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const word = `w${i.toString(36)}x${(i * 7919).toString(36)}`;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, chars);
}

/** Hyphenated words make the most lexemes per character (each part and the whole): the worst case under the limit. */
function hyphenatedWords(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const part = i.toString(36);
    parts.push(part);
    length += part.length + 1;
  }
  return parts
    .join('-')
    .replace(/((?:[^-]+-){50})/g, (m) => `${m.slice(0, -1)} `)
    .slice(0, chars);
}

describe('hostile values', () => {
  let s: TestApi;
  let ids: Record<string, number>;
  beforeAll(async () => {
    s = await setupApi();
    const one = async (sql: string) => ((await s.t.db.query(sql))[0] as { id: number }).id;
    ids = {
      page: await one(`SELECT id FROM pages ORDER BY id LIMIT 1`),
      calendar: await one(`SELECT id FROM calendars ORDER BY id LIMIT 1`),
      jobCategory: await one(`SELECT id FROM job_categories ORDER BY id LIMIT 1`),
      os: await one(`SELECT id FROM operating_systems ORDER BY id LIMIT 1`),
      release: await one(`SELECT id FROM releases ORDER BY id LIMIT 1`),
      election: await one(`SELECT id FROM elections ORDER BY id LIMIT 1`),
      user: await one(`SELECT id FROM users ORDER BY id LIMIT 1`),
      sponsor: await one(`SELECT id FROM sponsors ORDER BY id LIMIT 1`),
      post: await one(`SELECT id FROM posts ORDER BY id LIMIT 1`),
      memberless: await createUser(s.t.db, { username: 'memberless', email: 'memberless@example.org', password: 'long enough secret' }),
    };
  }, 120_000);
  afterAll(() => s.t.drop());

  let n = 0;
  const unique = (prefix: string) => `${prefix}-${process.pid}-${++n}`;

  /** A body the resource accepts, for resources whose records need related rows. */
  const valid = (resource: string): Body => {
    const u = unique('x');
    switch (resource) {
      case 'pages':
        return { title: 'A page', path: u, content: 'Hello.' };
      case 'boxes':
        return { label: u, content: 'Hello.' };
      case 'releases':
        return { name: `Python ${u}`, slug: u, release_date: '2027-05-01T00:00:00Z', content: 'Notes.' };
      case 'release-files':
        return { name: 'Installer', slug: u, os_id: ids.os, release_id: ids.release, url: `https://www.python.org/ftp/python/${u}.exe` };
      case 'operating-systems':
        return { name: 'Plan 9', slug: u };
      case 'calendars':
        return { name: 'Calendar', slug: u };
      case 'event-categories':
        return { name: 'Category', slug: u, calendar_id: ids.calendar };
      case 'job-categories':
      case 'job-types':
        return { name: 'Name', slug: u };
      case 'events':
        return { title: 'Sprint', calendar_id: ids.calendar, description: 'Hack.' };
      case 'posts':
        return { title: 'Post', content: 'Hello.' };
      case 'minutes':
        return { date: '2027-05-01', content: 'Minutes.' };
      case 'sponsors':
        return { name: 'Acme', description: 'Widgets.', web_logo: 'sponsor_web_logos/acme.png', primary_phone: '+1 555 0100' };
      case 'jobs':
        return {
          category_id: ids.jobCategory,
          company_name: 'Acme',
          job_title: 'Developer',
          city: 'Oslo',
          country: 'Norway',
          description: 'Write Python.',
          requirements: 'Python.',
          email: 'jobs@acme.example.com',
          url: 'https://acme.example.com/jobs',
        };
      case 'users':
        return { username: u, email: `${u}@example.org`, password: 'long enough secret' };
      case 'memberships':
        return { creator_id: ids.memberless, legal_name: 'Ada Lovelace', preferred_name: 'Ada', email_address: 'ada@example.org' };
      case 'nominations':
        return { election_id: ids.election, nominator_id: ids.user, name: 'Ada', email: 'ada@example.org' };
      case 'sponsor-contacts':
        return { sponsor_id: ids.sponsor, name: 'Contact', email: 'c@example.org', phone: '+1 555 0101' };
      case 'page-images':
        return { page_id: ids.page, image: 'about/logo.png' };
      case 'page-documents':
        return { page_id: ids.page, document: 'files/doc.pdf' };
      case 'photos':
        return { post_id: ids.post, image: 'photos/a.png' };
      case 'videos':
        return { post_id: ids.post, video_data: 'videos/a.mp4' };
      default:
        throw new Error(`no valid body for ${resource}`);
    }
  };

  const post = (resource: string, body: Body): request.Test => s.api().post(`/api/${resource}`).send(body);

  /** The API refuses the value with 422 naming the field (and this message, when given); nothing is stored. */
  async function refused(resource: string, field: string, value: unknown, message?: RegExp) {
    const res = await post(resource, { ...valid(resource), [field]: value });
    expect(res.status, `${resource}.${field} = ${shown(value)}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(422);
    expect(res.body.errors?.[field], `${resource}.${field} = ${shown(value)}`).toBeTypeOf('string');
    if (message) expect(res.body.errors[field]).toMatch(message);
  }

  async function accepted(resource: string, field: string, value: unknown) {
    const res = await post(resource, { ...valid(resource), [field]: value });
    expect(res.status, `${resource}.${field} = ${shown(value)}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(201);
    return res.body as Body;
  }

  /** The database refuses the value itself (the named CHECK), whatever writes it. */
  async function violates(table: string, row: Body, column: string, value: unknown) {
    await expectViolation(insert(s.t.db, table, { ...row, [column]: value }), PG.check, `chk_${table}_${column}`);
  }

  describe('searchable text has a documented limit (item 3)', () => {
    const fields: [string, string, string][] = [
      ['pages', 'content', 'pages'],
      ['boxes', 'content', 'boxes'],
      ['releases', 'content', 'releases'],
      ['events', 'description', 'events'],
      ['posts', 'content', 'posts'],
      ['sponsors', 'description', 'sponsors'],
      ['minutes', 'content', 'minutes'],
      ['jobs', 'description', 'jobs'],
    ];
    const huge = distinctWords(950_000);

    it.each(fields)('%s.%s: about 1 MB of distinct words is a 422 naming the field and the limit, not a 500', async (resource, field) => {
      await refused(resource, field, huge, /At most 200000 characters/);
    });

    it.each(fields)('%s.%s: the database refuses text over the limit (chk_%s_…)', async (_resource, field, table) => {
      const base: Record<string, Body> = {
        pages: rows.page(),
        boxes: { label: unique('box'), content: '' },
        releases: rows.release(),
        events: rows.event(ids.calendar),
        posts: { title: 'Post', content: '' },
        sponsors: { name: 'Acme', description: '', web_logo: 'logos/acme.png', primary_phone: '1' },
        minutes: { date: '2027-05-01', content: '' },
        jobs: rows.job(ids.jobCategory),
      };
      await violates(table, base[table], field, 'x'.repeat(200_001));
    });

    it('accepts text at the limit, even the words that make the most lexemes, and finds it', async () => {
      const content = hyphenatedWords(200_000);
      expect(content.length).toBe(200_000);
      const page = await accepted('pages', 'content', content);
      const found = await s.api().get(`/api/pages?filter=${encodeURIComponent(JSON.stringify({ q: 'zz' }))}`);
      expect(found.status).toBe(200);
      expect(page.id).toBeTypeOf('number');
    });

    it('tells the admin the limit', async () => {
      const meta = (await s.api().get('/api/meta/resources').expect(200)).body as {
        name: string;
        fields: { name: string; maxLength?: number }[];
      }[];
      const field = meta.find((r) => r.name === 'pages')!.fields.find((f) => f.name === 'content')!;
      expect(field.maxLength).toBe(200_000);
    });
  });

  describe('page paths follow one grammar (item 7)', () => {
    it.each(HOSTILE_PAGE_PATHS)('refuses the path %j in the API and the database', async (path) => {
      await refused('pages', 'path', path);
      await violates('pages', rows.page(), 'path', path);
    });

    it.each(GOOD_PAGE_PATHS)('accepts the path %j', async (path) => {
      await accepted('pages', 'path', path);
    });
  });

  describe('one slug rule everywhere (item 8)', () => {
    const tables: [string, string, () => Body][] = [
      ['releases', 'releases', () => rows.release()],
      ['release-files', 'release_files', () => rows.releaseFile(ids.release, ids.os)],
      ['operating-systems', 'operating_systems', () => rows.os()],
      ['calendars', 'calendars', () => rows.calendar()],
      ['event-categories', 'event_categories', () => ({ name: 'Category', slug: unique('c'), calendar_id: ids.calendar })],
      ['job-categories', 'job_categories', () => rows.jobCategory()],
      ['job-types', 'job_types', () => ({ name: 'Type', slug: unique('t') })],
    ];

    it.each(tables)(
      '%s: refuses traversal, spaces, control, bidi and zero-width slugs in the API and the database',
      async (resource, table, row) => {
        for (const slug of HOSTILE_SLUGS) {
          await refused(resource, 'slug', slug, /Letters, digits, hyphens and underscores/);
          if (slug !== '') await violates(table, row(), 'slug', slug);
        }
        await accepted(resource, 'slug', unique('Good_slug'));
      },
    );

    it('refuses hostile slugs in a release manifest, as JSON and as CSV', async () => {
      const { id, tag } = await newRelease(s);
      const manifest = HOSTILE_SLUGS.filter((slug) => slug !== '').map((slug, i) => fileRow(tag, `f${i}.exe`, { slug }));
      for (const send of [
        () => postJson(s.api(), importUrl(id, { dry_run: true }), manifest),
        () => postCsv(s.api(), importUrl(id, { dry_run: true }), toCsv(manifest)),
      ]) {
        const res = await send();
        expect(res.status).toBe(200);
        const slugErrors = (res.body.errors as { row: number; field: string }[]).filter((e) => e.field === 'slug');
        expect(slugErrors.map((e) => e.row).sort((a, b) => a - b)).toEqual(manifest.map((_, i) => i + 1));
        expect(res.body.create).toEqual([]);
      }
      const applied = await postJson(s.api(), importUrl(id), manifest);
      expect(applied.status).toBe(422);
      expect((await s.t.db.query(`SELECT count(*)::int AS n FROM release_files WHERE release_id = $1`, [id]))[0].n).toBe(0);
    });
  });

  describe('calendar feeds are http(s) URLs (item 9)', () => {
    it.each(['rss', 'embed', 'twitter', 'url'])(
      'calendars.%s refuses javascript:, data:, vbscript:, file: and scheme-relative URLs',
      async (field) => {
        for (const url of HOSTILE_URLS) {
          await refused('calendars', field, url, /http:\/\/ or https:\/\//);
          await violates('calendars', rows.calendar(), field, url);
        }
        await accepted('calendars', field, 'https://www.python.org/events/feed.rss');
        await accepted('calendars', field, 'http://example.org/calendar?id=1&tz=UTC');
        await accepted('calendars', field, null);
      },
    );
  });

  describe('file paths are safe relative paths or https URLs (item 11)', () => {
    const fields: [string, string, string, () => Body][] = [
      ['page-images', 'image', 'page_images', () => ({ page_id: ids.page, image: 'x.png' })],
      ['page-documents', 'document', 'page_documents', () => ({ page_id: ids.page, document: 'x.pdf' })],
      ['photos', 'image', 'photos', () => ({ post_id: ids.post })],
      ['videos', 'video_data', 'videos', () => ({ post_id: ids.post })],
      ['sponsors', 'web_logo', 'sponsors', () => ({ name: 'A', description: '', web_logo: 'a.png', primary_phone: '1' })],
      ['sponsors', 'white_logo', 'sponsors', () => ({ name: 'A', description: '', web_logo: 'a.png', primary_phone: '1' })],
      ['sponsors', 'print_logo', 'sponsors', () => ({ name: 'A', description: '', web_logo: 'a.png', primary_phone: '1' })],
    ];

    it.each(fields)('%s.%s refuses traversal, absolute paths and other schemes', async (resource, field, table, row) => {
      for (const value of HOSTILE_FILE_PATHS) {
        await refused(resource, field, value, /relative path|https:\/\//);
        await violates(table, row(), field, value);
      }
      for (const value of GOOD_FILE_PATHS) await accepted(resource, field, value);
    });
  });

  describe('e-mail addresses (item 13)', () => {
    const fields: [string, string, string, () => Body][] = [
      ['users', 'email', 'users', () => rows.user()],
      ['jobs', 'email', 'jobs', () => rows.job(ids.jobCategory)],
      [
        'memberships',
        'email_address',
        'memberships',
        () => ({ creator_id: ids.user, legal_name: 'A', preferred_name: 'A', email_address: 'a@example.org' }),
      ],
      ['nominations', 'email', 'nominations', () => ({ election_id: ids.election, nominator_id: ids.user })],
      ['sponsor-contacts', 'email', 'sponsor_contacts', () => ({ sponsor_id: ids.sponsor, name: 'C', email: 'c@example.org', phone: '1' })],
    ];

    it.each(fields)('%s.%s refuses what is not an address, header injection above all', async (resource, field, table, row) => {
      for (const value of HOSTILE_EMAILS) {
        await refused(resource, field, value, /e-mail address/);
        await violates(table, row(), field, value);
      }
      await accepted(resource, field, `${unique('first.o.last+tag')}@mail.example.co.uk`);
    });
  });

  describe('usernames are identifiers (item 14)', () => {
    it.each(HOSTILE_USERNAMES)('refuses the username %j in the API and the database', async (username) => {
      await refused('users', 'username', username, /control|invisible|spaces/i);
      await violates('users', rows.user(), 'username', username);
    });

    it('normalises usernames (NFKC) before storing them, so look-alikes collide', async () => {
      const body = await accepted('users', 'username', '\uff4e\uff46\uff4b\uff43-user');
      expect(body.username).toBe('nfkc-user');
      const twin = await post('users', { ...valid('users'), username: '\uff45\uff57\uff41' }); // fullwidth "ewa"
      expect(twin.status).toBe(409);
      expect(twin.body.errors).toHaveProperty('username');
      await violates('users', rows.user(), 'username', '\uff4e\uff46\uff4b\uff43-raw');
    });

    it('the user command and fixtures (createUser) refuse and normalise the same way', async () => {
      await expect(
        createUser(s.t.db, { username: 'ad\u200Bmin', email: 'zw@example.org', password: 'long enough secret' }),
      ).rejects.toMatchObject({
        status: 422,
        errors: { username: expect.stringMatching(/invisible/i) },
      });
      await expect(
        createUser(s.t.db, { username: 'bad-mail', email: 'x@example.org\r\nBcc: v@evil.example', password: 'long enough secret' }),
      ).rejects.toMatchObject({
        status: 422,
        errors: { email: expect.any(String) },
      });
      const id = await createUser(s.t.db, {
        username: '\uff4f\uff50\uff53-cli',
        email: 'ops-cli@example.org',
        password: 'long enough secret',
      });
      expect((await s.t.db.query(`SELECT username FROM users WHERE id = $1`, [id]))[0].username).toBe('ops-cli');
    });

    it('tells the admin the rule and the normalisation', async () => {
      const meta = (await s.api().get('/api/meta/resources').expect(200)).body as {
        name: string;
        fields: { name: string; pattern?: { source: string; message?: string }; normalize?: string }[];
      }[];
      const username = meta.find((r) => r.name === 'users')!.fields.find((f) => f.name === 'username')!;
      expect(username.normalize).toBe('NFKC');
      expect(new RegExp(username.pattern!.source).test('ad\u200Bmin')).toBe(false);
      expect(new RegExp(username.pattern!.source).test('ada.lovelace')).toBe(true);
    });
  });

  describe('the admin', () => {
    it('refuses what the API refuses, with the same message', async () => {
      const meta = (await s.api().get('/api/meta/resources').expect(200)).body as ResourceDescription[];
      const field = (resource: string, name: string): FieldDescription =>
        meta.find((r) => r.name === resource)!.fields.find((f) => f.name === name)!;
      const adminMessage = (f: FieldDescription, value: string) =>
        validatorsFor(f)
          .map((validate) => validate(value, {}, {} as never))
          .find((m) => m !== undefined && m !== null);
      const cases: [string, string, string][] = [
        ['pages', 'path', 'foo/../bar'],
        ['releases', 'slug', 'evil\u202Etxt'],
        ['calendars', 'rss', 'javascript:alert(1)'],
        ['page-images', 'image', '../../etc/passwd'],
        ['jobs', 'email', 'a@example.org\r\nBcc: victim@evil.example'],
        ['users', 'username', 'ad\u200Bmin'],
      ];
      for (const [resource, name, value] of cases) {
        const api = await post(resource, { ...valid(resource), [name]: value });
        expect(api.status).toBe(422);
        expect(adminMessage(field(resource, name), value), `${resource}.${name}`).toBe(api.body.errors[name]);
      }
      // What the server normalises, the admin checks in its normalised form: a fullwidth name is fine.
      expect(adminMessage(field('users', 'username'), '\uff45\uff57\uff41-2')).toBeUndefined();
    });

    it('the text limit is the markup renderer’s', () => {
      expect(LONG_TEXT_MAX_LENGTH).toBe(MAX_MARKUP_LENGTH);
    });
  });
});
