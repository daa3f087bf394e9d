import { rm } from 'node:fs/promises';
import type { Actor } from '../../auth/permissions.js';
import { sqlOf } from '../../db/sql.js';
import { HttpError } from '../../http/errors.js';
import type { Registry } from '../../crud/registry.js';
import type { Row } from '../../crud/types.js';
import { writeRecord } from '../../crud/write/pipeline.js';
import { Media, type MediaKind } from '../../entities/Media.js';
import { objectKey, variantKey } from '../store/keys.js';
import type { MediaStore } from '../store/types.js';
import { detectType } from './detect.js';
import { processImage, type Variant } from './images.js';
import { megabytes, type Received } from './receive.js';

/** The largest file of each kind the library takes (MEDIA_MAX_IMAGE_MB, MEDIA_MAX_DOCUMENT_MB). */
export interface MediaLimits {
  image: number;
  document: number;
}

const TAKEN =
  'images (png, jpeg, webp, gif, avif) or documents (pdf, plain text, zip, tar, gzip, bzip2, xz, Office and OpenDocument files)';

/** The kind the bytes are, checked against what the client meant the file for (`use`): 415 naming what they are otherwise. */
function kindOf(detected: Awaited<ReturnType<typeof detectType>>, use: string | undefined): MediaKind {
  if (use !== undefined && use !== 'image' && use !== 'document') {
    throw new HttpError(400, 'use must be image or document.', { use: 'Must be image or document.' });
  }
  if (detected.contentType === 'image/svg+xml') {
    throw new HttpError(415, 'SVG files are refused: they can carry script. Upload the image as PNG or WebP.', { file: 'Detected svg.' });
  }
  if (!detected.kind) {
    throw new HttpError(415, `The file's bytes are ${detected.name} (${detected.contentType}); the media library takes ${TAKEN}.`, {
      file: `Detected ${detected.name}.`,
    });
  }
  if (use && detected.kind !== use) {
    throw new HttpError(
      415,
      `Expected ${use === 'image' ? 'an image' : 'a document'}, but the file's bytes are ${detected.name} (${detected.contentType}).`,
      {
        file: `Detected ${detected.name}.`,
      },
    );
  }
  return detected.kind;
}

/** The name a file is served under: its own, without directories or control characters, at most 255 characters. */
function servedName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop()!;
  // eslint-disable-next-line no-control-regex
  const base = last.replace(/[\u0000-\u001F\u007F"]/g, '').trim();
  return (base || 'upload').slice(-255);
}

const existing = async (registry: Registry, sha256: string) =>
  (await sqlOf(registry.db).query<Row>(`SELECT id FROM media WHERE sha256 = $1`, [sha256]))[0];

/**
 * Takes a received upload into the library: its type from its bytes, the limit of its kind, an
 * image's size and variants, the original and the variants into the store (each once: they are
 * named by the hash), and its record through the write pipeline (audited). The same bytes again
 * are the same record: `created` is false then. Temporary files are removed whatever happens.
 */
export async function ingest(
  registry: Registry,
  store: MediaStore,
  actor: Actor,
  received: Received,
  limits: MediaLimits,
): Promise<{ id: number; created: boolean }> {
  let variants: Variant[] = [];
  try {
    const detected = await detectType(received.path);
    const kind = kindOf(detected, received.fields.use);
    if (received.bytes > limits[kind]) {
      throw new HttpError(413, `${kind === 'image' ? 'An image' : 'A document'} may be at most ${megabytes(limits[kind])}.`, {
        file: `At most ${megabytes(limits[kind])}.`,
      });
    }
    const found = await existing(registry, received.sha256);
    if (found && (await store.has(objectKey(received.sha256)))) return { id: found.id as number, created: false };
    const image = kind === 'image' ? await processImage(received.path) : undefined;
    variants = image?.variants ?? [];
    await store.put(objectKey(received.sha256), received.path, detected.contentType);
    for (const variant of variants) await store.put(variantKey(received.sha256, variant.name), variant.path, variant.content_type);
    if (found) return { id: found.id as number, created: false };
    const alt = received.fields.alt?.trim();
    const model = registry.of(Media).model;
    try {
      const written = await registry.write((tx) =>
        writeRecord(tx, model, {
          operation: 'create',
          actor,
          accessChecked: true,
          input: {
            sha256: received.sha256,
            original_name: servedName(received.fileName),
            content_type: detected.contentType,
            kind,
            bytes: received.bytes,
            width: image?.width ?? null,
            height: image?.height ?? null,
            variants: Object.fromEntries(
              variants.map(({ name, width, height, bytes, content_type }) => [name, { width, height, bytes, content_type }]),
            ),
            ...(alt ? { alt: alt.slice(0, 500) } : {}),
            uploader_id: actor.id,
          },
        }),
      );
      return { id: written.id as number, created: true };
    } catch (error) {
      // The same bytes uploaded at the same moment by someone else: theirs is the record.
      const raced = error instanceof HttpError && error.status === 409 ? await existing(registry, received.sha256) : undefined;
      if (raced) return { id: raced.id as number, created: false };
      throw error;
    }
  } finally {
    await Promise.all([received.path, ...variants.map((variant) => variant.path)].map((file) => rm(file, { force: true })));
  }
}
