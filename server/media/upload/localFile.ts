import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Received } from './receive.js';

/**
 * A file the server made itself (a rendered contract), described as an upload is, so it enters the
 * library by the same road (ingest): hashed by streaming, never read whole into memory.
 */
export async function localFile(path: string, fileName: string, fields: Record<string, string> = {}): Promise<Received> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  const { size } = await stat(path);
  return { path, fileName, bytes: size, sha256: hash.digest('hex'), fields };
}
