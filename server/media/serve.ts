import { pipeline } from 'node:stream/promises';
import { Router, type Response } from 'express';
import rangeParser from 'range-parser';
import type { Sql } from '../db/sql.js';
import { HttpError } from '../http/errors.js';
import { contentDisposition } from './disposition.js';
import { objectKey, variantKey } from './store/keys.js';
import type { MediaStore } from './store/types.js';
import { VARIANTS } from './upload/images.js';

/** Types a browser may show in place: raster images and PDF. Anything else downloads. */
const INLINE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'application/pdf']);
const SHA256 = /^[0-9a-f]{64}$/;

export interface ServeOptions {
  /** On S3: answer with a redirect to a short-lived signed URL instead of streaming through this server. */
  redirectToStore: boolean;
}

interface Found {
  key: string;
  contentType: string;
  bytes: number;
  name: string;
  etag: string;
}

/**
 * GET /media/{sha256}/{name}, and an image's variants at /media/{sha256}/{thumb|web}/{name}: public,
 * as python.org's media are. The bytes never change for a URL (it names their hash), so they are
 * cached for a year as immutable; the type is the one detected at upload; anything a browser could
 * run is served to download, never in place. Range requests are answered from the store.
 */
export function mediaFilesRouter(sql: Sql, store: MediaStore, options: ServeOptions): Router {
  const router = Router();
  const find = async (sha256: string, variant: string | undefined): Promise<Found> => {
    const missing = new HttpError(404, 'No such media file.');
    if (!SHA256.test(sha256) || (variant !== undefined && !Object.hasOwn(VARIANTS, variant))) throw missing;
    const [row] = await sql.query<{
      content_type: string;
      bytes: number;
      original_name: string;
      variants: Record<string, { bytes: number; content_type: string }>;
    }>(`SELECT content_type, bytes, original_name, variants FROM media WHERE sha256 = $1`, [sha256]);
    if (!row) throw missing;
    if (variant === undefined) {
      return { key: objectKey(sha256), contentType: row.content_type, bytes: row.bytes, name: row.original_name, etag: `"${sha256}"` };
    }
    const made = row.variants[variant];
    if (!made) throw missing;
    const name = `${row.original_name.replace(/\.[^.]*$/, '')}-${variant}.webp`;
    return {
      key: variantKey(sha256, variant),
      contentType: made.content_type,
      bytes: made.bytes,
      name,
      etag: `"${sha256}-${variant}"`,
    };
  };

  const serve = async (found: Found, method: string, headers: { range?: string; ifNoneMatch?: string }, res: Response) => {
    res.set({
      'Content-Type': found.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': contentDisposition(INLINE.has(found.contentType) ? 'inline' : 'attachment', found.name),
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: found.etag,
      'Accept-Ranges': 'bytes',
    });
    if (headers.ifNoneMatch?.split(',').some((tag) => tag.trim() === found.etag || tag.trim() === '*')) return void res.status(304).end();
    if (options.redirectToStore) {
      const url = await store.signedUrl(found.key, 300, found.name);
      if (url) return void res.set('Cache-Control', 'private, max-age=240').redirect(302, url);
    }
    let range: { start: number; end: number } | undefined;
    if (headers.range) {
      const parsed = rangeParser(found.bytes, headers.range, { combine: true });
      if (parsed === -1) {
        res.set('Content-Range', `bytes */${found.bytes}`);
        throw new HttpError(416, 'The range asked for lies outside the file.');
      }
      // A malformed Range, or several ranges: the whole file, as RFC 9110 allows.
      if (parsed !== -2 && parsed.length === 1) range = parsed[0];
    }
    const object = method === 'HEAD' ? undefined : await store.get(found.key, range);
    if (method !== 'HEAD' && !object) throw new HttpError(404, 'No such media file.');
    if (range) res.status(206).set('Content-Range', `bytes ${range.start}-${range.end}/${found.bytes}`);
    res.set('Content-Length', String(range ? range.end - range.start + 1 : found.bytes));
    if (!object) return void res.end();
    await pipeline(object.body, res).catch(() => object.body.destroy());
  };

  router.get(['/media/:sha256/:name', '/media/:sha256/:variant/:name'], async (req, res) => {
    const found = await find(req.params.sha256 as string, req.params.variant as string | undefined);
    await serve(found, req.method, { range: req.get('range'), ifNoneMatch: req.get('if-none-match') }, res);
  });
  return router;
}
