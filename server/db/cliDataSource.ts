// For the TypeORM CLI (migration:generate), which wants a module exporting exactly one DataSource.
import { createDataSource } from './dataSource.js';

if (!process.env.DATABASE_URL) {
  throw new Error('Set DATABASE_URL to a database migrated to the latest migration before generating a new one.');
}
export default createDataSource(process.env.DATABASE_URL);
