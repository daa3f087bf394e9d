import { Router, type Request, type Response } from 'express';
import { sqlOf } from '../../db/sql.js';
import { HttpError } from '../../http/errors.js';
import { parseRecordId, recordId } from '../../http/recordId.js';
import { mayWrite, visibleRows } from '../access.js';
import { parseRange } from '../listParams.js';
import { loadRecord } from '../reads.js';
import type { Registry } from '../registry.js';
import { actorOf } from '../router.js';
import type { Row } from '../types.js';
import { restoreVersion } from './restore.js';
import type { VersionTarget } from './snapshot.js';
import { validateBody } from '../validate.js';
import { restoreBody } from './wire.js';

const SUMMARY = `v.number, v.created, v.published, v.author_id, u.username AS author, v.token_id, v.comment`;

/**
 * A versioned record's versions: GET /api/{resource}/{id}/versions (newest first, paged like any
 * list), GET …/versions/{n} (with its snapshot), POST …/versions/{n}/restore. Reading them takes
 * reading the record (its 404 when hidden); restoring takes writing it.
 */
export function versionsRouter(registry: Registry): Router {
  const router = Router();
  const sql = sqlOf(registry.db);
  const targetOf = (name: string): VersionTarget => {
    const target = registry.versions.get(name);
    if (!target) throw new HttpError(404, `${name} keeps no versions.`);
    return target;
  };
  /** The resource's versioning and the record's id, once the actor may see the record (404 otherwise). */
  const visible = async (req: Request, res: Response, target = targetOf(req.params.resource as string)) => {
    const id = recordId(req);
    await loadRecord(sql, target.model, id, visibleRows(target.model, actorOf(res)));
    return { target, id };
  };
  const versionNumber = (raw: unknown) => parseRecordId(String(raw));

  router.get('/:resource/:id/versions', async (req, res) => {
    const { target, id } = await visible(req, res);
    const { offset, limit } = parseRange(req.query.range);
    const rows = await sql.query<Row & { total: number }>(
      `SELECT ${SUMMARY}, count(*) OVER ()::int AS total FROM record_versions v LEFT JOIN users u ON u.id = v.author_id
        WHERE v.resource = $1 AND v.record_id = $2 ORDER BY v.number DESC LIMIT $3 OFFSET $4`,
      [target.model.name, id, limit, offset],
    );
    const total =
      rows[0]?.total ??
      (
        await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM record_versions WHERE resource = $1 AND record_id = $2`, [
          target.model.name,
          id,
        ])
      )[0].n;
    const range = rows.length ? `${offset}-${offset + rows.length - 1}` : '*';
    res.setHeader('Content-Range', `versions ${range}/${total}`);
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
    res.json(rows.map(({ total: _total, ...row }) => row));
  });

  router.get('/:resource/:id/versions/:n', async (req, res) => {
    const { target, id } = await visible(req, res);
    const n = versionNumber(req.params.n);
    const [row] = await sql.query(
      `SELECT ${SUMMARY}, v.snapshot FROM record_versions v LEFT JOIN users u ON u.id = v.author_id
        WHERE v.resource = $1 AND v.record_id = $2 AND v.number = $3`,
      [target.model.name, id, n],
    );
    if (!row) throw new HttpError(404, `${target.model.name} record ${id} has no version ${n}.`);
    res.json(row);
  });

  /**
   * Writes the version's fields back through the pipeline (every rule, the row_version check, the
   * audit entry), children by content: itself a new version naming the one it restored. Fields the
   * version lacks (added since) keep their current values.
   */
  router.post('/:resource/:id/versions/:n/restore', async (req, res) => {
    const actor = actorOf(res);
    const target = targetOf(req.params.resource as string);
    mayWrite(target.model, actor); // 403 before anything about the record
    const { id } = await visible(req, res, target);
    const n = versionNumber(req.params.n);
    const { row_version: rowVersion } = validateBody(restoreBody, req.body ?? {}, new Set());
    const [version] = await sql.query<{ snapshot: Row }>(
      `SELECT snapshot FROM record_versions WHERE resource = $1 AND record_id = $2 AND number = $3`,
      [target.model.name, id, n],
    );
    if (!version) throw new HttpError(404, `${target.model.name} record ${id} has no version ${n}.`);
    const written = await registry.write((tx) => restoreVersion(tx, target, id, n, version.snapshot, rowVersion, actor));
    res.json(written);
  });
  return router;
}
