import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedColumns, documentedIndexes } from './fixtures/documentedSchema.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

interface ColumnRow {
  column_name: string;
  data_type: string;
  character_maximum_length: number | null;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
}

/** PostgreSQL shows defaults with casts ('rst'::character varying); the document does not. */
const withoutCasts = (value: string | null) => value?.replace(/::[a-z ]+/g, '') ?? undefined;

describe('the columns and indexes docs/python-org-schema.md specifies', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  for (const [table, columns] of Object.entries(documentedColumns)) {
    it(`${table}: every documented column with its type, length, nullability, default and uniqueness`, async () => {
      const rows: ColumnRow[] = await t.db.query(
        `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [table],
      );
      const actual = new Map(rows.map((r) => [r.column_name, r]));
      const uniques: { column: string }[] = await t.db.query(
        `SELECT a.attname AS column FROM pg_index i
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
         WHERE i.indrelid = $1::regclass AND i.indisunique AND i.indnatts = 1 AND i.indpred IS NULL AND i.indexprs IS NULL`,
        [table],
      );
      for (const [name, spec] of Object.entries(columns)) {
        const column = actual.get(name);
        expect(column, `${table}.${name} exists`).toBeDefined();
        expect(
          { type: column!.data_type, length: column!.character_maximum_length ?? undefined, nullable: column!.is_nullable === 'YES' },
          `${table}.${name}`,
        ).toEqual({
          type: spec.type,
          length: spec.length,
          nullable: spec.nullable,
        });
        if (spec.default !== undefined && name !== 'id') {
          expect(withoutCasts(column!.column_default), `${table}.${name} default`).toBe(spec.default);
        }
        if (spec.unique)
          expect(
            uniques.map((u) => u.column),
            `${table}.${name} unique`,
          ).toContain(name);
      }
    });
  }

  it('every index the document names exists', async () => {
    const rows: { tablename: string; indexname: string }[] = await t.db.query(
      `SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public'`,
    );
    for (const [table, names] of Object.entries(documentedIndexes)) {
      const present = rows.filter((r) => r.tablename === table).map((r) => r.indexname);
      for (const name of names) expect(present, `${table} has ${name}`).toContain(name);
    }
  });
});
