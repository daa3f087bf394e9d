import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Drafts of live versioned records and their scheduled publications (server/crud/drafts/, server/crud/schedule/). */
export class DraftsAndSchedule1797000000000 implements MigrationInterface {
  name = 'DraftsAndSchedule1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "record_drafts" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "resource" character varying(64) NOT NULL, "record_id" integer NOT NULL, "values" jsonb NOT NULL, "author_id" integer, "token_id" integer, CONSTRAINT "uq_record_drafts_record" UNIQUE ("resource", "record_id"), CONSTRAINT "PK_86c34c2c57620c6c273c93df1de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "scheduled_publications" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "resource" character varying(64) NOT NULL, "record_id" integer NOT NULL, "action" character varying(20) NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "reason" text, "finished" TIMESTAMP WITH TIME ZONE, "author_id" integer, CONSTRAINT "chk_scheduled_publications_reason" CHECK ("status" <> 'failed' OR "reason" IS NOT NULL), CONSTRAINT "chk_scheduled_publications_finished" CHECK (("status" = 'pending') = ("finished" IS NULL)), CONSTRAINT "chk_scheduled_publications_status" CHECK ("status" IN ('pending', 'done', 'failed')), CONSTRAINT "chk_scheduled_publications_action" CHECK ("action" IN ('publish', 'unpublish')), CONSTRAINT "PK_10c36b4033576c45664d84ac5d7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_scheduled_publications_due" ON "scheduled_publications"  ("status", "run_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_scheduled_publications_pending" ON "scheduled_publications"  ("resource", "record_id", "action") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_drafts" ADD CONSTRAINT "fk_record_drafts_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_drafts" ADD CONSTRAINT "fk_record_drafts_token" FOREIGN KEY ("token_id") REFERENCES "auth_tokens"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_publications" ADD CONSTRAINT "fk_scheduled_publications_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // A draft's row_version is the code's (it stays above its record's); only its time is the trigger's.
    await queryRunner.query(
      `CREATE TRIGGER "trg_record_drafts_touch" BEFORE UPDATE ON "record_drafts" FOR EACH ROW EXECUTE FUNCTION touch_updated()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_scheduled_publications_touch" BEFORE UPDATE ON "scheduled_publications" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_scheduled_publications_touch" ON "scheduled_publications"`);
    await queryRunner.query(`DROP TRIGGER "trg_record_drafts_touch" ON "record_drafts"`);
    await queryRunner.query(`ALTER TABLE "scheduled_publications" DROP CONSTRAINT "fk_scheduled_publications_author"`);
    await queryRunner.query(`ALTER TABLE "record_drafts" DROP CONSTRAINT "fk_record_drafts_token"`);
    await queryRunner.query(`ALTER TABLE "record_drafts" DROP CONSTRAINT "fk_record_drafts_author"`);
    await queryRunner.query(`DROP INDEX "public"."uq_scheduled_publications_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_scheduled_publications_due"`);
    await queryRunner.query(`DROP TABLE "scheduled_publications"`);
    await queryRunner.query(`DROP TABLE "record_drafts"`);
  }
}
