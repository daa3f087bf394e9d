import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKUP_TYPES, valuesOf } from '../server/domain/enums.js';
import { MAX_MARKUP_LENGTH } from '../server/render/markup.js';
import { PASSWORD, setupApi, type TestApi } from './support/api.js';

const RST = `Python News
===========

Some *emphasis* and **strength**.

- first item
- see \`the docs <https://docs.python.org/3/>\`_

Example::

    print("hello")
`;

/** The same three attacks, spelled in each markup that can carry them. */
const ATTACKS = {
  html: '<p>Hi</p><script>alert(1)</script><img src="https://example.org/a.png" onerror="alert(2)"><a href="javascript:alert(3)">x</a>',
  markdown:
    'Hi\n\n<script>alert(1)</script>\n\n<img src="https://example.org/a.png" onerror="alert(2)">\n\n[x](javascript:alert(3)) <a href="javascript:alert(3)">y</a>',
  rst: 'Hi\n\n.. raw:: html\n\n   <script>alert(1)</script>\n   <img src="https://example.org/a.png" onerror="alert(2)">\n\nClick `x <javascript:alert(3)>`_.\n',
} as const;

describe('POST /api/render', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi({ seed: false });
  });
  afterAll(() => s.t.drop());

  const render = async (markup_type: string, content: string, status = 200) =>
    (await (await s.as('content_editor')).post('/api/render').send({ markup_type, content }).expect(status)).body;

  it('renders reStructuredText headings, emphasis, lists, links and literal blocks', async () => {
    const { html } = await render('rst', RST);
    expect(html).toMatch(/<h1>\s*Python News\s*<\/h1>/);
    expect(html).toContain('<em>emphasis</em>');
    expect(html).toContain('<strong>strength</strong>');
    expect(html).toMatch(/<ul>[\s\S]*first item[\s\S]*<\/ul>/);
    expect(html).toContain('<a href="https://docs.python.org/3/">the docs</a>');
    expect(html).toMatch(/<pre class="code">print\("hello"\)<\/pre>/);
  });

  it('renders Markdown, keeping code classes and http(s) images', async () => {
    const { html } = await render(
      'markdown',
      '# Title\n\n*em* [link](https://www.python.org/)\n\n```python\nx = 1\n```\n\n![logo](https://www.python.org/logo.png)',
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<em>em</em> <a href="https://www.python.org/">link</a>');
    expect(html).toContain('<pre><code class="language-python">x = 1\n</code></pre>');
    expect(html).toContain('<img src="https://www.python.org/logo.png" alt="logo" />');
  });

  it('escapes plain text into paragraphs', async () => {
    const { html } = await render('text', 'a < b & "c"\nnext line\n\n<b>second</b>');
    expect(html).toBe('<p>a &lt; b &amp; "c"<br />next line</p>\n<p>&lt;b&gt;second&lt;/b&gt;</p>');
  });

  it('accepts exactly the markup types that pages and boxes store', async () => {
    for (const type of valuesOf(MARKUP_TYPES)) await render(type, 'Hello');
  });

  for (const [type, content] of Object.entries(ATTACKS)) {
    it(`strips scripts, event handlers and javascript: links from ${type}`, async () => {
      const { html } = await render(type, content);
      expect(html).toContain('Hi');
      expect(html).not.toMatch(/<script|alert\(1\)/);
      expect(html).not.toMatch(/\son\w+=/i);
      // markdown-it leaves a refused [x](javascript:…) as visible text: only attributes matter.
      expect(html).not.toMatch(/(href|src)="\s*javascript:/i);
      expect(html).toContain('<img src="https://example.org/a.png" />');
    });
  }

  it('drops images whose source is not http or https', async () => {
    const { html } = await render(
      'html',
      '<img src="data:image/svg+xml,<svg/onload=alert(1)>"><img src="//evil.example/x.png"><table><tr><td colspan="2" style="color:red">c</td></tr></table>',
    );
    expect(html).toBe('<img /><img /><table><tr><td colspan="2">c</td></tr></table>');
  });

  it('refuses unknown markup types, missing fields and overlong content with 422', async () => {
    const unknown = await render('latex', 'x', 422);
    expect(unknown).toMatchObject({
      message: expect.any(String),
      errors: { markup_type: `One of: ${valuesOf(MARKUP_TYPES).join(', ')}.` },
    });
    const missing = (await (await s.as('content_editor')).post('/api/render').send({ markup_type: 'html' }).expect(422)).body;
    expect(missing.errors).toEqual({ content: 'Required.' });
    const long = await render('text', 'x'.repeat(MAX_MARKUP_LENGTH + 1), 422);
    expect(long.errors).toEqual({ content: `At most ${MAX_MARKUP_LENGTH} characters.` });
  });

  it('reports reStructuredText the compiler cannot render as 422 on content', async () => {
    const body = await render('rst', 'Intro\n\n.. no-such-directive:: x\n', 422);
    expect(body.errors.content).toMatch(/^reStructuredText error: .+\(line 3\)\.$/);
  });

  it('gives up on a runaway document with 422, and keeps rendering afterwards', async () => {
    // Quadratic in rst-compiler: ~20 s if let run, far past the time limit.
    const body = await render('rst', '*a '.repeat(20_000), 422);
    expect(body.errors.content).toMatch(/took over/);
    expect((await render('rst', '*fine*')).html).toContain('<em>fine</em>');
  });

  it('is for signed-in role holders: 401 anonymous, 403 without a role, 200 for any role or a token', async () => {
    const body = { markup_type: 'text', content: 'x' };
    expect((await s.anonymous().post('/api/render').send(body).expect(401)).body).toEqual({ message: 'Please sign in.' });
    await (await s.as('no_role')).post('/api/render').send(body).expect(403);
    await s.api().post('/api/render').send(body).expect(200);
    for (const role of ['release_manager', 'job_moderator'] as const) await (await s.as(role)).post('/api/render').send(body).expect(200);
    const { token } = (await (await s.as('job_moderator')).post('/api/auth/tokens').send({ name: 'preview' }).expect(201)).body;
    await request(s.app).post('/api/render').set('Authorization', `Bearer ${token}`).send(body).expect(200);
  });

  it('needs the CSRF header from a session cookie, like every other write', async () => {
    await s.as('content_editor');
    const agent = request.agent(s.app);
    await agent.post('/api/auth/login').send({ username: 'test-content_editor', password: PASSWORD }).expect(200);
    const refused = await agent.post('/api/render').send({ markup_type: 'text', content: 'x' }).expect(403);
    expect(refused.body.message).toMatch(/X-CSRF-Token/);
  });
});
