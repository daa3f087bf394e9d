import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_MARKUP_LENGTH } from '../server/render/markup.js';
import { RENDER_LIMITS, renderQueue } from '../server/render/pool.js';
import { setupApi, type Persona, type TestApi } from './support/api.js';

/** Markdown tables up to the size limit: about half a second to render and sanitise. */
function tables(): string {
  const cells = (make: (i: number) => string) => `| ${Array.from({ length: 8 }, (_, i) => make(i)).join(' | ')} |\n`;
  const table = cells((i) => `h${i}`) + `|${'---|'.repeat(8)}\n` + cells((i) => `*c${i}* [l](https://www.python.org/${i})`).repeat(30);
  let text = '';
  while (text.length + table.length + 1 <= MAX_MARKUP_LENGTH) text += `${table}\n`;
  return text;
}

/** The same as HTML, which only the sanitiser works on. */
function htmlTables(): string {
  const row = `<tr>${'<td><em>c</em> <a href="https://www.python.org/" onclick="x()">l</a></td>'.repeat(8)}</tr>`;
  return `<table>${row.repeat(Math.floor((MAX_MARKUP_LENGTH - 20) / row.length))}</table>`;
}

/** Quadratic in rst-compiler: about 20 s if let run, far past the time limit. */
const RUNAWAY = '*a '.repeat(20_000);

describe('rendering on the render threads', () => {
  let s: TestApi;
  let server: http.Server;
  let base: string;
  const tokens = new Map<Persona, string>();

  beforeAll(async () => {
    s = await setupApi({ seed: false });
    server = http.createServer(s.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const persona of ['content_editor', 'release_manager'] as const) {
      const agent = await s.as(persona);
      tokens.set(persona, (await agent.post('/api/auth/tokens').send({ name: 'preview' }).expect(201)).body.token);
    }
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await s.t.drop();
  });

  /** POST /api/render as a persona, with a real connection (which a client can drop). */
  const render = (persona: Persona, markup_type: string, content: string, signal?: AbortSignal) =>
    fetch(`${base}/api/render`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.get(persona)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ markup_type, content }),
      signal,
    });

  it('keeps answering other requests while large texts render and sanitise', async () => {
    let rendered = 0;
    const renders = [
      render('content_editor', 'markdown', tables()),
      render('content_editor', 'html', htmlTables()),
      render('release_manager', 'markdown', tables()),
    ].map((r) => r.finally(() => (rendered += 1)));
    // One health check after another, each noting how many renders had finished when it was answered.
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const health = await fetch(`${base}/api/health`);
      seen.push(rendered);
      expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
    }
    // On the main thread, each render held every other request for about half a second.
    expect(seen).toEqual([0, 0, 0]);
    for (const res of await Promise.all(renders)) {
      expect(res.status).toBe(200);
      const { html } = await res.json();
      expect(html).toMatch(/<td><em>c\d?<\/em> <a href="https:\/\/www\.python\.org\/\d?">l<\/a><\/td>/);
      expect(html).not.toContain('onclick');
    }
  });

  it("stops runaway documents at the time limit, replaces their thread, and bounds each user's queue", async () => {
    const { perOwner } = RENDER_LIMITS;
    const dropped = new AbortController();
    let settled = 0;
    const runaways = Array.from({ length: perOwner }, () =>
      render('content_editor', 'rst', RUNAWAY, dropped.signal).finally(() => (settled += 1)),
    );
    for (const r of runaways) r.catch(() => undefined); // the dropped ones reject with an AbortError
    await vi.waitFor(() => expect(renderQueue.size.pending).toBe(perOwner), { timeout: 10_000 });

    // That user's next preview is refused at once, with when to try again...
    const refused = await render('content_editor', 'rst', '*fine*');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(Math.ceil(RENDER_LIMITS.timeoutMs / 1000)));
    expect((await refused.json()).message).toMatch(/previews rendering already/);
    // ...while another user's is served next, not after all of the first user's runaways.
    const other = await render('release_manager', 'rst', '*fine*');
    expect(other.status).toBe(200);
    expect((await other.json()).html).toContain('<em>fine</em>');
    expect(settled).toBeLessThan(perOwner);

    // The first runaway is stopped at the time limit (its thread terminated)...
    const first = await Promise.race(runaways);
    expect(first.status).toBe(422);
    expect((await first.json()).errors.content).toMatch(/took over/);
    // ...the client gives up on the others, which leave the queue or have their thread stopped...
    dropped.abort();
    await vi.waitFor(() => expect(renderQueue.size.pending).toBe(0), { timeout: 10_000 });
    // ...and the same user renders again, on a fresh thread.
    const again = await render('content_editor', 'rst', '*fine*');
    expect(again.status).toBe(200);
    expect((await again.json()).html).toContain('<em>fine</em>');
  });
});

describe('rendering as built for production', () => {
  // Inside node_modules, so the compiled files find the packages as dist/ does.
  const out = path.resolve('node_modules/.cache', `render-build-${process.pid}`);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('compiles the worker next to the pool, renders on it, and lets a process that rendered exit by itself', async () => {
    const run = promisify(execFile);
    await run(path.resolve('node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', out]);
    expect(fs.existsSync(path.join(out, 'server/render/worker.mjs'))).toBe(true);
    const markup = new URL(`file://${path.join(out, 'server/render/markup.js')}`).href;
    const probe = `const { renderMarkup } = await import(${JSON.stringify(markup)});
      for (const [type, text] of [['rst', '*fine*'], ['markdown', '# Title'], ['html', '<b onclick="x()">b</b>']])
        console.log(await renderMarkup(type, text));`;
    // No process.exit: idle render threads must not keep a process (a CLI command, a test run) alive.
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe], { timeout: 60_000 });
    expect(stdout).toMatch(/<em>fine<\/em>[\s\S]*<h1>Title<\/h1>\n[\s\S]*<b>b<\/b>/);
  }, 120_000);
});
