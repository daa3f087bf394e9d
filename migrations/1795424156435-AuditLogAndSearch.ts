import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLogAndSearch1795424156435 implements MigrationInterface {
  name = 'AuditLogAndSearch1795424156435';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "actor_id" integer, "resource" character varying(64) NOT NULL, "record_id" integer NOT NULL, "action" character varying(10) NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "chk_audit_log_action" CHECK ("action" IN ('create', 'update', 'delete')), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor" ON "audit_log"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_created" ON "audit_log"  ("created", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_record" ON "audit_log"  ("resource", "record_id", "created") `);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD CONSTRAINT "fk_audit_log_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Written by hand: full-text indexes for every resource's searchable fields (q), one per field,
    // each on exactly the expression the list query uses; and the audit log's touch trigger.
    await queryRunner.query(`CREATE TRIGGER "trg_audit_log_touch" BEFORE UPDATE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(`CREATE INDEX "ix_pages_title_fts" ON "pages" USING gin (to_tsvector('english', "title"))`);
    await queryRunner.query(`CREATE INDEX "ix_jobs_job_title_fts" ON "jobs" USING gin (to_tsvector('english', "job_title"))`);
    await queryRunner.query(`CREATE INDEX "ix_jobs_company_name_fts" ON "jobs" USING gin (to_tsvector('english', "company_name"))`);
    await queryRunner.query(`CREATE INDEX "ix_events_title_fts" ON "events" USING gin (to_tsvector('english', "title"))`);
    await queryRunner.query(`CREATE INDEX "ix_events_description_fts" ON "events" USING gin (to_tsvector('english', "description"))`);
    await queryRunner.query(`CREATE INDEX "ix_releases_name_fts" ON "releases" USING gin (to_tsvector('english', "name"))`);
    await queryRunner.query(`CREATE INDEX "ix_releases_content_fts" ON "releases" USING gin (to_tsvector('english', "content"))`);
    await queryRunner.query(`CREATE INDEX "ix_minutes_content_fts" ON "minutes" USING gin (to_tsvector('english', "content"))`);
    await queryRunner.query(`CREATE INDEX "ix_posts_title_fts" ON "posts" USING gin (to_tsvector('english', "title"))`);
    await queryRunner.query(`CREATE INDEX "ix_posts_content_fts" ON "posts" USING gin (to_tsvector('english', "content"))`);
    await queryRunner.query(`CREATE INDEX "ix_sponsors_name_fts" ON "sponsors" USING gin (to_tsvector('english', "name"))`);
    await queryRunner.query(`CREATE INDEX "ix_sponsors_description_fts" ON "sponsors" USING gin (to_tsvector('english', "description"))`);
    await queryRunner.query(`CREATE INDEX "ix_boxes_content_fts" ON "boxes" USING gin (to_tsvector('english', "content"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_boxes_content_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsors_description_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsors_name_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_posts_content_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_posts_title_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_minutes_content_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_content_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_name_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_description_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_title_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_company_name_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_job_title_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pages_title_fts"`);
    await queryRunner.query(`DROP TRIGGER "trg_audit_log_touch" ON "audit_log"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "fk_audit_log_actor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_record"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_actor"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
