import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLogAndSearch1795425655693 implements MigrationInterface {
  name = 'AuditLogAndSearch1795425655693';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "actor_id" integer, "resource" character varying(64) NOT NULL, "record_id" integer NOT NULL, "action" character varying(10) NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "chk_audit_log_action" CHECK ("action" IN ('create', 'update', 'delete')), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor" ON "audit_log"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_created" ON "audit_log"  ("created", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_record" ON "audit_log"  ("resource", "record_id", "created") `);
    await queryRunner.query(`ALTER TABLE "boxes" ADD "search_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "events" ADD "search_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD "search_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "minutes" ADD "search_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "pages" ADD "search_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "search_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "releases" ADD "search_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "sponsors" ADD "search_vector" tsvector`);
    await queryRunner.query(
      `ALTER TABLE "audit_log" ADD CONSTRAINT "fk_audit_log_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Written by hand: each searchable table's search_vector is kept by a trigger from its search
    // fields (the resource's \`search\` list, weighted A, B, C in that order), filled for existing
    // rows, and GIN-indexed; and the audit log gets its touch trigger.
    await queryRunner.query(`CREATE TRIGGER "trg_audit_log_touch" BEFORE UPDATE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(
      `CREATE FUNCTION "boxes_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."search_vector" := setweight(to_tsvector('english', coalesce(NEW."label", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."content", '')), 'B'); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_boxes_search" BEFORE INSERT OR UPDATE OF "label", "content" ON "boxes" FOR EACH ROW EXECUTE FUNCTION "boxes_search_vector"()`,
    );
    await queryRunner.query(`ALTER TABLE "boxes" DISABLE TRIGGER "trg_boxes_touch"`);
    await queryRunner.query(
      `UPDATE "boxes" SET "search_vector" = setweight(to_tsvector('english', coalesce("label", '')), 'A') || setweight(to_tsvector('english', coalesce("content", '')), 'B')`,
    );
    await queryRunner.query(`ALTER TABLE "boxes" ENABLE TRIGGER "trg_boxes_touch"`);
    await queryRunner.query(`CREATE INDEX "ix_boxes_search" ON "boxes" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE FUNCTION "events_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."search_vector" := setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."description", '')), 'B'); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_events_search" BEFORE INSERT OR UPDATE OF "title", "description" ON "events" FOR EACH ROW EXECUTE FUNCTION "events_search_vector"()`,
    );
    await queryRunner.query(`ALTER TABLE "events" DISABLE TRIGGER "trg_events_touch"`);
    await queryRunner.query(
      `UPDATE "events" SET "search_vector" = setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("description", '')), 'B')`,
    );
    await queryRunner.query(`ALTER TABLE "events" ENABLE TRIGGER "trg_events_touch"`);
    await queryRunner.query(`CREATE INDEX "ix_events_search" ON "events" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE FUNCTION "jobs_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."search_vector" := setweight(to_tsvector('english', coalesce(NEW."job_title", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."company_name", '')), 'B') || setweight(to_tsvector('english', coalesce(NEW."description", '')), 'C'); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_jobs_search" BEFORE INSERT OR UPDATE OF "job_title", "company_name", "description" ON "jobs" FOR EACH ROW EXECUTE FUNCTION "jobs_search_vector"()`,
    );
    await queryRunner.query(`ALTER TABLE "jobs" DISABLE TRIGGER "trg_jobs_touch"`);
    await queryRunner.query(
      `UPDATE "jobs" SET "search_vector" = setweight(to_tsvector('english', coalesce("job_title", '')), 'A') || setweight(to_tsvector('english', coalesce("company_name", '')), 'B') || setweight(to_tsvector('english', coalesce("description", '')), 'C')`,
    );
    await queryRunner.query(`ALTER TABLE "jobs" ENABLE TRIGGER "trg_jobs_touch"`);
    await queryRunner.query(`CREATE INDEX "ix_jobs_search" ON "jobs" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE FUNCTION "minutes_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."search_vector" := setweight(to_tsvector('english', coalesce(NEW."content", '')), 'A'); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_minutes_search" BEFORE INSERT OR UPDATE OF "content" ON "minutes" FOR EACH ROW EXECUTE FUNCTION "minutes_search_vector"()`,
    );
    await queryRunner.query(`ALTER TABLE "minutes" DISABLE TRIGGER "trg_minutes_touch"`);
    await queryRunner.query(`UPDATE "minutes" SET "search_vector" = setweight(to_tsvector('english', coalesce("content", '')), 'A')`);
    await queryRunner.query(`ALTER TABLE "minutes" ENABLE TRIGGER "trg_minutes_touch"`);
    await queryRunner.query(`CREATE INDEX "ix_minutes_search" ON "minutes" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE FUNCTION "pages_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."search_vector" := setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."content", '')), 'B'); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_pages_search" BEFORE INSERT OR UPDATE OF "title", "content" ON "pages" FOR EACH ROW EXECUTE FUNCTION "pages_search_vector"()`,
    );
    await queryRunner.query(`ALTER TABLE "pages" DISABLE TRIGGER "trg_pages_touch"`);
    await queryRunner.query(
      `UPDATE "pages" SET "search_vector" = setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("content", '')), 'B')`,
    );
    await queryRunner.query(`ALTER TABLE "pages" ENABLE TRIGGER "trg_pages_touch"`);
    await queryRunner.query(`CREATE INDEX "ix_pages_search" ON "pages" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE FUNCTION "posts_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."search_vector" := setweight(to_tsvector('english', coalesce(NEW."title", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."content", '')), 'B'); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_posts_search" BEFORE INSERT OR UPDATE OF "title", "content" ON "posts" FOR EACH ROW EXECUTE FUNCTION "posts_search_vector"()`,
    );
    await queryRunner.query(`ALTER TABLE "posts" DISABLE TRIGGER "trg_posts_touch"`);
    await queryRunner.query(
      `UPDATE "posts" SET "search_vector" = setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("content", '')), 'B')`,
    );
    await queryRunner.query(`ALTER TABLE "posts" ENABLE TRIGGER "trg_posts_touch"`);
    await queryRunner.query(`CREATE INDEX "ix_posts_search" ON "posts" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE FUNCTION "releases_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."search_vector" := setweight(to_tsvector('english', coalesce(NEW."name", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."content", '')), 'B'); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_releases_search" BEFORE INSERT OR UPDATE OF "name", "content" ON "releases" FOR EACH ROW EXECUTE FUNCTION "releases_search_vector"()`,
    );
    await queryRunner.query(`ALTER TABLE "releases" DISABLE TRIGGER "trg_releases_touch"`);
    await queryRunner.query(
      `UPDATE "releases" SET "search_vector" = setweight(to_tsvector('english', coalesce("name", '')), 'A') || setweight(to_tsvector('english', coalesce("content", '')), 'B')`,
    );
    await queryRunner.query(`ALTER TABLE "releases" ENABLE TRIGGER "trg_releases_touch"`);
    await queryRunner.query(`CREATE INDEX "ix_releases_search" ON "releases" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE FUNCTION "sponsors_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."search_vector" := setweight(to_tsvector('english', coalesce(NEW."name", '')), 'A') || setweight(to_tsvector('english', coalesce(NEW."description", '')), 'B'); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_sponsors_search" BEFORE INSERT OR UPDATE OF "name", "description" ON "sponsors" FOR EACH ROW EXECUTE FUNCTION "sponsors_search_vector"()`,
    );
    await queryRunner.query(`ALTER TABLE "sponsors" DISABLE TRIGGER "trg_sponsors_touch"`);
    await queryRunner.query(
      `UPDATE "sponsors" SET "search_vector" = setweight(to_tsvector('english', coalesce("name", '')), 'A') || setweight(to_tsvector('english', coalesce("description", '')), 'B')`,
    );
    await queryRunner.query(`ALTER TABLE "sponsors" ENABLE TRIGGER "trg_sponsors_touch"`);
    await queryRunner.query(`CREATE INDEX "ix_sponsors_search" ON "sponsors" USING gin ("search_vector")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the reverse of the hand-written part of up().
    await queryRunner.query(`DROP INDEX "public"."ix_boxes_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_boxes_search" ON "boxes"`);
    await queryRunner.query(`DROP FUNCTION "boxes_search_vector"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_events_search" ON "events"`);
    await queryRunner.query(`DROP FUNCTION "events_search_vector"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_jobs_search" ON "jobs"`);
    await queryRunner.query(`DROP FUNCTION "jobs_search_vector"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_minutes_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_minutes_search" ON "minutes"`);
    await queryRunner.query(`DROP FUNCTION "minutes_search_vector"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_pages_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_pages_search" ON "pages"`);
    await queryRunner.query(`DROP FUNCTION "pages_search_vector"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_posts_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_posts_search" ON "posts"`);
    await queryRunner.query(`DROP FUNCTION "posts_search_vector"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_releases_search" ON "releases"`);
    await queryRunner.query(`DROP FUNCTION "releases_search_vector"()`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsors_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_sponsors_search" ON "sponsors"`);
    await queryRunner.query(`DROP FUNCTION "sponsors_search_vector"()`);
    await queryRunner.query(`DROP TRIGGER "trg_audit_log_touch" ON "audit_log"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "fk_audit_log_actor"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "pages" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "boxes" DROP COLUMN "search_vector"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_record"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_actor"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
