import { Router } from 'express';
import type { Sql } from '../../db/sql.js';
import { HttpError } from '../../http/errors.js';
import { loadRecord } from '../reads.js';
import type { Registry } from '../registry.js';
import { draftView } from '../drafts/operations.js';
import { loadDraft } from '../drafts/store.js';
import { verifyPreview } from './links.js';
import { previewHtml } from './page.js';

// One answer for a token that is malformed, tampered with, expired, revoked or names a record gone:
// the link says nothing about which, nor whether the record exists.
const GONE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview unavailable</title></head><body><h1>Preview unavailable</h1><p>This preview link is not valid or has expired. Ask for a new one.</p></body></html>`;

/** Script-free pages: rendered markup is sanitised already; this makes sure nothing in it can run. */
const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'Cache-Control': 'private, no-store',
  // The token is in the URL: neither a followed link nor a search engine should carry it on.
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
};

/** GET /preview/{token}: a signed link's record, its draft or live form, rendered without signing in. */
export function previewRouter(registry: Registry, sql: Sql): Router {
  const router = Router();
  router.get('/preview/:token', async (req, res) => {
    res.set(HEADERS);
    const target = await verifyPreview(sql, req.params.token);
    const versioned = target && registry.versions.get(target.resource);
    if (!target || !versioned) return void res.status(404).send(GONE);
    const live = await loadRecord(sql, versioned.model, target.id, undefined).catch((error: unknown) => {
      if (error instanceof HttpError && error.status === 404) return undefined;
      throw error;
    });
    if (!live) return void res.status(404).send(GONE);
    const draft = target.draft ? await loadDraft(sql, target.resource, target.id) : undefined;
    // A draft published or discarded since: the link shows what is live now.
    const record = draft ? draftView(live, draft) : live;
    res.send(await previewHtml(sql, versioned, record, { draft: draft !== undefined, expires: target.expires }));
  });
  return router;
}
