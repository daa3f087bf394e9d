import path from 'node:path';
import { diskStore } from './disk.js';
import { s3Store, type S3Options } from './s3.js';
import type { MediaStore } from './types.js';

export type { S3Options } from './s3.js';

export interface MediaStoreConfig {
  /** Where the disk store keeps files (absolute). */
  dir: string;
  /** Set: media live in this bucket and `dir` is unused. */
  s3?: S3Options;
}

/** The S3 store when a bucket is configured (several instances share it), else the disk store. */
export function createMediaStore(config: MediaStoreConfig): MediaStore {
  return config.s3 ? s3Store(config.s3) : diskStore(config.dir);
}

/** MEDIA_DIR, and S3_* when S3_BUCKET is set; an unusable value fails at start, not at the first upload. */
export function mediaStoreConfig(env: NodeJS.ProcessEnv = process.env): MediaStoreConfig {
  const dir = path.resolve(env.MEDIA_DIR || '.data/media');
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return { dir };
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
  if (!accessKeyId !== !secretAccessKey) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the default AWS credentials');
  }
  return {
    dir,
    s3: {
      bucket,
      endpoint: env.S3_ENDPOINT || undefined,
      region: env.S3_REGION || 'us-east-1',
      accessKeyId,
      secretAccessKey,
      forcePathStyle: booleanFrom(env, 'S3_FORCE_PATH_STYLE', false),
      prefix: env.S3_PREFIX || undefined,
    },
  };
}

function booleanFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}
