import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MediaStore } from './types.js';

/** Lower-case letters, digits, `.`, `_`, `-`, segments joined by `/`; no empty, `.` or `..` segment. */
const safeKey = /^[a-z0-9._-]+(\/[a-z0-9._-]+)*$/;

/** Throws unless `key` is a plain relative path: keys come from hashes, but a key must never leave the directory. */
export function assertSafeKey(key: string): void {
  if (!safeKey.test(key) || key.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new Error(`Refusing media key ${JSON.stringify(key)}: only [a-z0-9/._-] without "." or ".." segments`);
  }
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

/** Media files under `dir/<key>`, for a single instance. */
export function diskStore(dir: string): MediaStore {
  const pathOf = (key: string) => {
    assertSafeKey(key);
    return path.join(dir, ...key.split('/'));
  };

  return {
    kind: 'disk',

    async put(key, sourcePath) {
      const target = pathOf(key);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      // Written beside the target, then renamed over it: rename within one file system is atomic, so a
      // reader sees the old file or the whole new one, and concurrent puts of a key each rename their
      // own copy. `~` cannot occur in a key, so a temporary name never collides with one.
      const temporary = `${target}.~${randomUUID()}`;
      try {
        // flush: fsync before close, so a crash after the rename cannot leave an empty file behind.
        await pipeline(fs.createReadStream(sourcePath), fs.createWriteStream(temporary, { flags: 'wx', flush: true }));
        await fs.promises.rename(temporary, target);
      } catch (error) {
        await fs.promises.rm(temporary, { force: true });
        throw error;
      }
    },

    async get(key, range) {
      let handle: fs.promises.FileHandle;
      try {
        handle = await fs.promises.open(pathOf(key), 'r');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
      // Size and bytes come from the same open file, even if a put renames a new copy over it meanwhile.
      try {
        const stats = await handle.stat();
        if (!stats.isFile()) {
          await handle.close();
          return undefined;
        }
        const body = handle.createReadStream({ start: range?.start, end: range?.end });
        return { body, bytes: stats.size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async has(key) {
      try {
        return (await fs.promises.stat(pathOf(key))).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },

    async remove(key) {
      try {
        await fs.promises.unlink(pathOf(key));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },

    async signedUrl() {
      return undefined;
    },
  };
}
