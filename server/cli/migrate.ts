/**
 * npm run migrate            apply pending migrations
 * npm run migrate:revert     revert the last one
 * npm run migration:generate -- Name   write migrations/<timestamp>-Name.ts from the entity/database difference
 * npm run migrate -- check   exit 1 if the entities and the migrated database disagree
 * Uses DATABASE_URL, or the embedded PostgreSQL when it is unset.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { schemaDiff } from '../db/drift.js';
import { migrationSource } from '../db/migrationFile.js';
import { runCommand } from './runCommand.js';

async function run(db: DataSource, command: string, arg: string | undefined): Promise<number> {
  switch (command) {
    case 'up': {
      const applied = await db.runMigrations();
      console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Nothing to apply.');
      return 0;
    }
    case 'down': {
      const [last] = await db.query('SELECT name FROM migrations ORDER BY id DESC LIMIT 1').catch(() => []);
      if (!last) {
        console.log('Nothing to revert.');
        return 0;
      }
      await db.undoLastMigration();
      console.log(`Reverted: ${last.name}`);
      return 0;
    }
    case 'check': {
      const diff = await schemaDiff(db);
      if (!diff.up.length) {
        console.log('The migrations and the entities agree.');
        return 0;
      }
      console.error(`Drift: the entities need ${diff.up.length} change(s):\n${diff.up.join(';\n')}`);
      return 1;
    }
    case 'generate': {
      if (!arg || !/^[A-Z][A-Za-z0-9]*$/.test(arg)) {
        console.error('Give the migration a PascalCase name: npm run migration:generate -- AddSomething');
        return 2;
      }
      if (await db.showMigrations()) {
        console.error('Apply the pending migrations first (npm run migrate).');
        return 1;
      }
      const diff = await schemaDiff(db);
      if (!diff.up.length) {
        console.log('No changes: the entities and the database agree.');
        return 0;
      }
      const timestamp = Date.now();
      const file = path.resolve('migrations', `${timestamp}-${arg}.ts`);
      fs.writeFileSync(file, migrationSource(arg, timestamp, diff.up, diff.down));
      console.log(`Wrote ${path.relative(process.cwd(), file)}: review it, then add it to migrations/index.ts.`);
      return 0;
    }
    default:
      console.error('Usage: migrate up | down | check | generate <Name>');
      return 2;
  }
}

const [command = 'up', arg] = process.argv.slice(2);
runCommand((db) => run(db, command, arg));
