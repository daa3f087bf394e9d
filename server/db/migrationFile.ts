/** The source of a TypeORM migration class running the given queries, as `migration:generate` writes it. */
export function migrationSource(name: string, timestamp: number, up: string[], down: string[]): string {
  const body = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(\`${q.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\`);`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${body(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${body(down)}
  }
}
`;
}
