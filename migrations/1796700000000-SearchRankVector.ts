import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search that scales (issue 15, docs/performance.md "Full-text search: what was tried").
 *
 * 1. A small `rank_vector` beside `search_vector` on every searchable table with more than one
 *    search field: the fields before the last (titles, names, a job's company), weighted as in
 *    search_vector, kept by the same trigger and GIN-indexed (`ix_<table>_rank`). `q` ranks on it;
 *    the last field (the body) is only matched, through search_vector. Ranking on search_vector
 *    read every matching row's whole vector out of TOAST: 20,000 pages matching "python" cost
 *    ~170 ms per request.
 * 2. No planner statistics on search_vector (statistics target 0, and the column's existing
 *    statistics dropped by re-declaring its type, which rewrites nothing). With them the planner
 *    estimates a common word's matches exactly and then prefers a sequential scan, which detoasts
 *    every row's vector to test it; without them it assumes a few matches, the GIN index finds
 *    them and no vector is read: counting 20,000 matches took ~6 ms instead of ~45 ms.
 *
 * Minutes search one field (their content): nothing to rank on, so no rank_vector; `q` lists them
 * in their default order.
 */
const TABLES: Record<string, string[]> = {
  boxes: ['label', 'content'],
  events: ['title', 'description'],
  jobs: ['job_title', 'company_name', 'description'],
  minutes: ['content'],
  pages: ['title', 'content'],
  posts: ['title', 'content'],
  releases: ['name', 'content'],
  sponsors: ['name', 'description'],
};

/** The weighted vector of `fields`, the first weighing A, as the search trigger has written it since 1795425655693. */
const vector = (fields: string[], row = '') =>
  fields.map((f, i) => `setweight(to_tsvector('english', coalesce(${row}"${f}", '')), '${'ABCD'[i]}')`).join(' || ');

const triggerFunction = (table: string, body: string) =>
  `CREATE OR REPLACE FUNCTION "${table}_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NEW; END $$`;

export class SearchRankVector1796700000000 implements MigrationInterface {
  name = 'SearchRankVector1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, fields] of Object.entries(TABLES)) {
      await queryRunner.query(`ALTER TABLE "${table}" ALTER "search_vector" SET STATISTICS 0, ALTER "search_vector" TYPE tsvector`);
      if (fields.length < 2) continue;
      const ranked = fields.slice(0, -1);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "rank_vector" tsvector`);
      await queryRunner.query(
        triggerFunction(table, `NEW."search_vector" := ${vector(fields, 'NEW.')}; NEW."rank_vector" := ${vector(ranked, 'NEW.')};`),
      );
      // The search trigger fires on its fields only; the touch trigger would stamp every row.
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE TRIGGER "trg_${table}_touch"`);
      await queryRunner.query(`UPDATE "${table}" SET "rank_vector" = ${vector(ranked)}`);
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE TRIGGER "trg_${table}_touch"`);
      await queryRunner.query(`CREATE INDEX "ix_${table}_rank" ON "${table}" USING gin ("rank_vector")`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, fields] of Object.entries(TABLES).reverse()) {
      if (fields.length >= 2) {
        await queryRunner.query(`DROP INDEX "public"."ix_${table}_rank"`);
        await queryRunner.query(triggerFunction(table, `NEW."search_vector" := ${vector(fields, 'NEW.')};`));
        await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "rank_vector"`);
      }
      // Statistics come back with the next ANALYZE.
      await queryRunner.query(`ALTER TABLE "${table}" ALTER "search_vector" SET STATISTICS -1`);
    }
  }
}
