import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A job's status column defaults to where its workflow starts (draft), as the jobs resource checks at boot. */
export class JobStatusDefault1796500000000 implements MigrationInterface {
  name = 'JobStatusDefault1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jobs" ALTER COLUMN "status" SET DEFAULT 'draft'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jobs" ALTER COLUMN "status" SET DEFAULT 'review'`);
  }
}
