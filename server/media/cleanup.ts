import type { CommitListener } from '../crud/write/afterCommit.js';
import type { Sql } from '../db/sql.js';
import { logger } from '../logger.js';
import type { MediaStore } from './store/types.js';
import { objectKey, variantKey } from './store/keys.js';

/**
 * Once a media record's delete has committed, its file and variants leave the store: after the
 * commit, so a refused or rolled-back delete keeps them. The same bytes uploaded again meanwhile
 * are a new record of the same hash: then the files stay for it.
 */
export function removeDeletedFiles(sql: Sql, store: MediaStore): CommitListener {
  return async ({ resource, operation, before }) => {
    if (resource !== 'media' || operation !== 'delete' || typeof before?.sha256 !== 'string') return;
    const sha256 = before.sha256;
    const [again] = await sql.query(`SELECT 1 FROM media WHERE sha256 = $1`, [sha256]);
    if (again) return;
    const variants = Object.keys((before.variants ?? {}) as object);
    await Promise.all([objectKey(sha256), ...variants.map((name) => variantKey(sha256, name))].map((key) => store.remove(key)));
    logger.info({ sha256 }, 'media file removed from the store');
  };
}
