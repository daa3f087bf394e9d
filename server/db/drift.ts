import type { DataSource } from 'typeorm';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * What TypeORM would change to make the database match the entities: empty when the
 * migrations and the entities agree. Indexes declared `synchronize: false` are ours to
 * write by hand and are not compared.
 */
export async function schemaDiff(db: DataSource): Promise<SchemaDiff> {
  const log = await db.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query).reverse(),
  };
}
