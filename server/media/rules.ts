import { HttpError } from '../http/errors.js';
import type { MediaUse, ResourceModel, Row, WriteRule } from '../crud/types.js';

/** Every column in the schema that refers to a media record, read from the entities (the sweep reads them too). */
export function mediaReferencesOf(model: ResourceModel): { table: string; column: string }[] {
  return model.metadata.connection.entityMetadatas.flatMap((entity) =>
    entity.foreignKeys
      .filter((fk) => fk.referencedTablePath === 'media' && fk.columnNames.length === 1)
      .map((fk) => ({ table: entity.tableName, column: fk.columnNames[0] })),
  );
}

/**
 * Deleting a media file that is in use is a 409 saying where (each table and its record ids), not
 * the database's bare refusal; the foreign keys (ON DELETE RESTRICT) stay the final guard.
 */
export const mediaInUse: WriteRule = {
  name: 'media in use',
  async check({ sql, operation, id, model }) {
    if (operation !== 'delete') return;
    const uses: { table: string; ids: number[] }[] = [];
    for (const { table, column } of mediaReferencesOf(model)) {
      const rows = await sql.query<{ id: number }>(`SELECT id FROM "${table}" WHERE "${column}" = $1 ORDER BY id LIMIT 20`, [id]);
      const found = uses.find((use) => use.table === table);
      if (found) found.ids = [...new Set([...found.ids, ...rows.map((r) => r.id)])].sort((a, b) => a - b);
      else if (rows.length) uses.push({ table, ids: rows.map((r) => r.id) });
    }
    if (!uses.length) return;
    const where = uses.map(({ table, ids }) => `${table.replace(/_/g, ' ')} ${ids.join(', ')}`).join('; ');
    throw new HttpError(409, `This media file is in use (${where}): remove it from there first.`, undefined, {
      used_by: uses.map(({ table, ids }) => ({ resource: table.replace(/_/g, '-'), ids })),
    });
  },
  checkMany: () => {},
};

/** Clearing the alt text of an image that pages show is refused: they would show it without one. */
export const altKeptWhileOnPages: WriteRule = {
  name: 'alt text of images on pages',
  async check({ sql, operation, id, input, before }) {
    if (operation !== 'update' || !('alt' in input) || (typeof input.alt === 'string' && input.alt.trim()) || before?.kind !== 'image')
      return;
    const [used] = await sql.query(`SELECT 1 FROM page_images WHERE media_id = $1 LIMIT 1`, [id]);
    if (used) throw new HttpError(422, 'This image is shown on pages: it needs alt text.', { alt: 'Required while pages show the image.' });
  },
};

/**
 * A resource's media columns (its `media` option: a page image's file, a sponsor's logos): each must
 * name a media record of the right kind, and an image shown on a page must have alt text first.
 */
export function mediaReferences(uses: readonly MediaUse[]): WriteRule {
  return {
    name: 'media references',
    async check({ sql, operation, input }) {
      if (operation === 'delete') return;
      const errors: Record<string, string> = {};
      for (const { column, kind, needsAlt } of uses) {
        const id = input[column];
        if (typeof id !== 'number') continue;
        const [media] = await sql.query<Row>(`SELECT kind, alt FROM media WHERE id = $1`, [id]);
        if (!media) errors[column] = `No media file with id ${id}.`;
        else if (kind && media.kind !== kind) errors[column] = `Must be ${kind === 'image' ? 'an image' : 'a document'}.`;
        else if (needsAlt && !(typeof media.alt === 'string' && media.alt.trim())) {
          errors[column] = 'Give the image alt text in the media library first: pages must say what their images show.';
        }
      }
      if (Object.keys(errors).length) throw new HttpError(422, `Please correct ${Object.keys(errors).join(', ')}.`, errors);
    },
    checkMany: () => {},
  };
}
