import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommunityTables1764000004000 implements MigrationInterface {
  name = 'CommunityTables1764000004000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "jobs" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "category_id" integer NOT NULL, "other_job_type" character varying(100), "company_name" character varying(100) NOT NULL, "company_description" text, "company_description_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "job_title" character varying(100) NOT NULL, "city" character varying(100) NOT NULL, "region" character varying(100), "country" character varying(100) NOT NULL, "location_slug" character varying(350) NOT NULL DEFAULT '', "country_slug" character varying(100) NOT NULL DEFAULT '', "description" text NOT NULL, "description_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "requirements" text NOT NULL, "requirements_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "contact" character varying(100), "email" character varying(254) NOT NULL, "url" character varying(500) NOT NULL, "submitted_by_id" integer, "status" character varying(20) NOT NULL DEFAULT 'review', "expires" TIMESTAMP WITH TIME ZONE, "telecommuting" boolean NOT NULL DEFAULT false, "agencies" boolean NOT NULL DEFAULT true, "is_featured" boolean NOT NULL DEFAULT false, CONSTRAINT "chk_jobs_approved_expires" CHECK ("status" <> 'approved' OR "expires" IS NOT NULL), CONSTRAINT "chk_jobs_url" CHECK ("url" ~ '^https?://'), CONSTRAINT "chk_jobs_requirements_markup_type" CHECK ("requirements_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "chk_jobs_description_markup_type" CHECK ("description_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "chk_jobs_company_description_markup_type" CHECK ("company_description_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "chk_jobs_status" CHECK ("status" IN ('draft', 'review', 'approved', 'rejected', 'archived', 'removed', 'expired')), CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_jobs_category" ON "jobs"  ("category_id") `);
    await queryRunner.query(`CREATE INDEX "ix_jobs_country" ON "jobs"  ("country") `);
    await queryRunner.query(`CREATE INDEX "ix_jobs_submitted_by" ON "jobs"  ("submitted_by_id") `);
    await queryRunner.query(`CREATE INDEX "ix_jobs_status" ON "jobs"  ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_jobs_expires" ON "jobs"  ("expires") `);
    await queryRunner.query(`CREATE INDEX "ix_jobs_featured" ON "jobs"  ("is_featured") `);
    await queryRunner.query(
      `CREATE TABLE "job_categories" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "name" character varying(200) NOT NULL, "slug" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_a3558e7de1e1252863bc01af86f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_job_categories_slug" ON "job_categories"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "job_review_comments" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "job_id" integer NOT NULL, "comment" text NOT NULL, "comment_markup_type" character varying(30) NOT NULL DEFAULT 'rst', CONSTRAINT "chk_job_review_comments_comment_markup_type" CHECK ("comment_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "PK_53500cdf80f34877c3e63ea09fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_job_review_comments_job" ON "job_review_comments"  ("job_id") `);
    await queryRunner.query(
      `CREATE TABLE "job_transitions" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "job_id" integer NOT NULL, "action" character varying(20) NOT NULL, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "reason" text, "actor_id" integer, CONSTRAINT "chk_job_transitions_allowed" CHECK (("action" = 'submit' AND "from_status" = 'draft' AND "to_status" = 'review') OR ("action" = 'submit' AND "from_status" = 'rejected' AND "to_status" = 'review') OR ("action" = 'approve' AND "from_status" = 'review' AND "to_status" = 'approved') OR ("action" = 'reject' AND "from_status" = 'review' AND "to_status" = 'rejected') OR ("action" = 'archive' AND "from_status" = 'approved' AND "to_status" = 'archived') OR ("action" = 'archive' AND "from_status" = 'expired' AND "to_status" = 'archived') OR ("action" = 'remove' AND "from_status" = 'draft' AND "to_status" = 'removed') OR ("action" = 'remove' AND "from_status" = 'review' AND "to_status" = 'removed') OR ("action" = 'remove' AND "from_status" = 'approved' AND "to_status" = 'removed') OR ("action" = 'remove' AND "from_status" = 'rejected' AND "to_status" = 'removed') OR ("action" = 'reopen' AND "from_status" = 'archived' AND "to_status" = 'review') OR ("action" = 'reopen' AND "from_status" = 'removed' AND "to_status" = 'review') OR ("action" = 'expire' AND "from_status" = 'approved' AND "to_status" = 'expired')), CONSTRAINT "PK_9c1fe98519ed5993017c49954a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_job_transitions_actor" ON "job_transitions"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_job_transitions_job" ON "job_transitions"  ("job_id", "created") `);
    await queryRunner.query(
      `CREATE TABLE "job_types" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "name" character varying(200) NOT NULL, "slug" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_87d4226cb676b3b16518977cc7d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_job_types_slug" ON "job_types"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "links" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "post_id" integer, "url" character varying(1000) NOT NULL DEFAULT '', CONSTRAINT "PK_ecf17f4a741d3c5ba0b4c5ab4b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_links_post" ON "links"  ("post_id") `);
    await queryRunner.query(`CREATE INDEX "ix_links_created" ON "links"  ("created") `);
    await queryRunner.query(
      `CREATE TABLE "photos" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "post_id" integer, "image" character varying(500) NOT NULL DEFAULT '', "image_url" character varying(1000) NOT NULL DEFAULT '', "caption" text NOT NULL DEFAULT '', "click_through_url" character varying(500) NOT NULL DEFAULT '', CONSTRAINT "PK_5220c45b8e32d49d767b9b3d725" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_photos_post" ON "photos"  ("post_id") `);
    await queryRunner.query(`CREATE INDEX "ix_photos_created" ON "photos"  ("created") `);
    await queryRunner.query(
      `CREATE TABLE "posts" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "title" character varying(200), "content" text NOT NULL, "content_markup_type" character varying(30) NOT NULL DEFAULT 'html', "abstract" text, "media_type" integer NOT NULL DEFAULT '1', "source_url" character varying(1000) NOT NULL DEFAULT '', "meta" jsonb NOT NULL DEFAULT '{}', "status" integer NOT NULL DEFAULT '1', CONSTRAINT "chk_posts_status" CHECK ("status" IN (1, 2)), CONSTRAINT "chk_posts_media_type" CHECK ("media_type" IN (1, 2, 3, 4)), CONSTRAINT "chk_posts_content_markup_type" CHECK ("content_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_posts_status" ON "posts"  ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_posts_created" ON "posts"  ("created") `);
    await queryRunner.query(
      `CREATE TABLE "videos" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "post_id" integer, "video_embed" text NOT NULL DEFAULT '', "video_data" character varying(500) NOT NULL DEFAULT '', "caption" text NOT NULL DEFAULT '', "click_through_url" character varying(500) NOT NULL DEFAULT '', CONSTRAINT "PK_e4c86c0cf95aff16e9fb8220f6b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_videos_post" ON "videos"  ("post_id") `);
    await queryRunner.query(`CREATE INDEX "ix_videos_created" ON "videos"  ("created") `);
    await queryRunner.query(
      `CREATE TABLE "job_type_associations" ("job_id" integer NOT NULL, "job_type_id" integer NOT NULL, CONSTRAINT "PK_7db5ee46715131ddb926311ff56" PRIMARY KEY ("job_id", "job_type_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_139f15a6c283f6717d7d98d59a" ON "job_type_associations"  ("job_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c05c99db3bc2b563f3a1a2287a" ON "job_type_associations"  ("job_type_id") `);
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD CONSTRAINT "FK_cf18ff30eda17e5d526125c9630" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD CONSTRAINT "FK_723e659f226566ec9af79ab1ed7" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD CONSTRAINT "fk_jobs_category" FOREIGN KEY ("category_id") REFERENCES "job_categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD CONSTRAINT "fk_jobs_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_review_comments" ADD CONSTRAINT "FK_69660a0fbbfdc9fef9487965fbe" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_review_comments" ADD CONSTRAINT "FK_e1044eb0c757ce2068dc655309e" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_review_comments" ADD CONSTRAINT "fk_job_review_comments_job" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_transitions" ADD CONSTRAINT "fk_job_transitions_job" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_transitions" ADD CONSTRAINT "fk_job_transitions_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "links" ADD CONSTRAINT "FK_79e7032f562877ee52888cc70e1" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "links" ADD CONSTRAINT "FK_9d8ac36d52208ea9c8e6676dc71" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "links" ADD CONSTRAINT "fk_links_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "photos" ADD CONSTRAINT "FK_8398077a62202b07b86b631684f" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "photos" ADD CONSTRAINT "FK_30dca6d1b2e267a8d06f8be6088" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "photos" ADD CONSTRAINT "fk_photos_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_c810f0ccb5f80b289391454d4ad" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "posts" ADD CONSTRAINT "FK_2b307838e123c66ad03b26ad17c" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "videos" ADD CONSTRAINT "FK_b36c5cc3d8a9701df5a9dccfad1" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "videos" ADD CONSTRAINT "FK_cad1e0e6e767d8b471c0097414c" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "videos" ADD CONSTRAINT "fk_videos_post" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_type_associations" ADD CONSTRAINT "fk_job_type_associations_job" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_type_associations" ADD CONSTRAINT "fk_job_type_associations_job_type" FOREIGN KEY ("job_type_id") REFERENCES "job_types"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // Written by hand: what TypeORM cannot express (triggers, expression and DESC indexes).
    await queryRunner.query(`CREATE INDEX "ix_jobs_created" ON "jobs" ("created" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "ix_jobs_approved" ON "jobs" ("created" DESC) WHERE "status" = 'approved'`);
    await queryRunner.query(`CREATE INDEX "ix_jobs_description_fts" ON "jobs" USING gin (to_tsvector('english', "description"))`);
    await queryRunner.query(`CREATE TRIGGER "trg_jobs_touch" BEFORE UPDATE ON "jobs" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_job_categories_touch" BEFORE UPDATE ON "job_categories" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_job_review_comments_touch" BEFORE UPDATE ON "job_review_comments" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_job_transitions_touch" BEFORE UPDATE ON "job_transitions" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(`CREATE TRIGGER "trg_job_types_touch" BEFORE UPDATE ON "job_types" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(`CREATE TRIGGER "trg_links_touch" BEFORE UPDATE ON "links" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(`CREATE TRIGGER "trg_photos_touch" BEFORE UPDATE ON "photos" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(`CREATE TRIGGER "trg_posts_touch" BEFORE UPDATE ON "posts" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(`CREATE TRIGGER "trg_videos_touch" BEFORE UPDATE ON "videos" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the reverse of the hand-written part of up().
    await queryRunner.query(`DROP TRIGGER "trg_videos_touch" ON "videos"`);
    await queryRunner.query(`DROP TRIGGER "trg_posts_touch" ON "posts"`);
    await queryRunner.query(`DROP TRIGGER "trg_photos_touch" ON "photos"`);
    await queryRunner.query(`DROP TRIGGER "trg_links_touch" ON "links"`);
    await queryRunner.query(`DROP TRIGGER "trg_job_types_touch" ON "job_types"`);
    await queryRunner.query(`DROP TRIGGER "trg_job_transitions_touch" ON "job_transitions"`);
    await queryRunner.query(`DROP TRIGGER "trg_job_review_comments_touch" ON "job_review_comments"`);
    await queryRunner.query(`DROP TRIGGER "trg_job_categories_touch" ON "job_categories"`);
    await queryRunner.query(`DROP TRIGGER "trg_jobs_touch" ON "jobs"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_description_fts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_approved"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_created"`);
    await queryRunner.query(`ALTER TABLE "job_type_associations" DROP CONSTRAINT "fk_job_type_associations_job_type"`);
    await queryRunner.query(`ALTER TABLE "job_type_associations" DROP CONSTRAINT "fk_job_type_associations_job"`);
    await queryRunner.query(`ALTER TABLE "videos" DROP CONSTRAINT "fk_videos_post"`);
    await queryRunner.query(`ALTER TABLE "videos" DROP CONSTRAINT "FK_cad1e0e6e767d8b471c0097414c"`);
    await queryRunner.query(`ALTER TABLE "videos" DROP CONSTRAINT "FK_b36c5cc3d8a9701df5a9dccfad1"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_2b307838e123c66ad03b26ad17c"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "FK_c810f0ccb5f80b289391454d4ad"`);
    await queryRunner.query(`ALTER TABLE "photos" DROP CONSTRAINT "fk_photos_post"`);
    await queryRunner.query(`ALTER TABLE "photos" DROP CONSTRAINT "FK_30dca6d1b2e267a8d06f8be6088"`);
    await queryRunner.query(`ALTER TABLE "photos" DROP CONSTRAINT "FK_8398077a62202b07b86b631684f"`);
    await queryRunner.query(`ALTER TABLE "links" DROP CONSTRAINT "fk_links_post"`);
    await queryRunner.query(`ALTER TABLE "links" DROP CONSTRAINT "FK_9d8ac36d52208ea9c8e6676dc71"`);
    await queryRunner.query(`ALTER TABLE "links" DROP CONSTRAINT "FK_79e7032f562877ee52888cc70e1"`);
    await queryRunner.query(`ALTER TABLE "job_transitions" DROP CONSTRAINT "fk_job_transitions_actor"`);
    await queryRunner.query(`ALTER TABLE "job_transitions" DROP CONSTRAINT "fk_job_transitions_job"`);
    await queryRunner.query(`ALTER TABLE "job_review_comments" DROP CONSTRAINT "fk_job_review_comments_job"`);
    await queryRunner.query(`ALTER TABLE "job_review_comments" DROP CONSTRAINT "FK_e1044eb0c757ce2068dc655309e"`);
    await queryRunner.query(`ALTER TABLE "job_review_comments" DROP CONSTRAINT "FK_69660a0fbbfdc9fef9487965fbe"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "fk_jobs_submitted_by"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "fk_jobs_category"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "FK_723e659f226566ec9af79ab1ed7"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "FK_cf18ff30eda17e5d526125c9630"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c05c99db3bc2b563f3a1a2287a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_139f15a6c283f6717d7d98d59a"`);
    await queryRunner.query(`DROP TABLE "job_type_associations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_videos_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_videos_post"`);
    await queryRunner.query(`DROP TABLE "videos"`);
    await queryRunner.query(`DROP INDEX "public"."ix_posts_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_posts_status"`);
    await queryRunner.query(`DROP TABLE "posts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_photos_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_photos_post"`);
    await queryRunner.query(`DROP TABLE "photos"`);
    await queryRunner.query(`DROP INDEX "public"."ix_links_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_links_post"`);
    await queryRunner.query(`DROP TABLE "links"`);
    await queryRunner.query(`DROP INDEX "public"."uq_job_types_slug"`);
    await queryRunner.query(`DROP TABLE "job_types"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_transitions_job"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_transitions_actor"`);
    await queryRunner.query(`DROP TABLE "job_transitions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_review_comments_job"`);
    await queryRunner.query(`DROP TABLE "job_review_comments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_job_categories_slug"`);
    await queryRunner.query(`DROP TABLE "job_categories"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_featured"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_expires"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_submitted_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_country"`);
    await queryRunner.query(`DROP INDEX "public"."ix_jobs_category"`);
    await queryRunner.query(`DROP TABLE "jobs"`);
  }
}
