import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarImport1797400000000 implements MigrationInterface {
  name = 'CalendarImport1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendars" ADD "import_etag" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "calendars" ADD "import_last_modified" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "calendars" ADD "last_import" jsonb`);
    await queryRunner.query(`ALTER TABLE "events" ADD "is_published" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "events" ADD "source_fields" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "events" ADD "removed_at_source" TIMESTAMP WITH TIME ZONE`);
    // An import matches events on (calendar, UID): a UID repeated within a calendar stays on its oldest event only.
    await queryRunner.query(
      `UPDATE "events" e SET "uid" = NULL WHERE "uid" IS NOT NULL AND EXISTS (SELECT 1 FROM "events" o WHERE o."calendar_id" = e."calendar_id" AND o."uid" = e."uid" AND o."id" < e."id")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_events_calendar_uid" ON "events"  ("calendar_id", "uid") WHERE "uid" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_events_calendar_uid"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "removed_at_source"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "source_fields"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "is_published"`);
    await queryRunner.query(`ALTER TABLE "calendars" DROP COLUMN "last_import"`);
    await queryRunner.query(`ALTER TABLE "calendars" DROP COLUMN "import_last_modified"`);
    await queryRunner.query(`ALTER TABLE "calendars" DROP COLUMN "import_etag"`);
  }
}
