import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContentTables1764000002000 implements MigrationInterface {
  name = 'ContentTables1764000002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "boxes" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "label" character varying(100) NOT NULL, "content" text NOT NULL DEFAULT '', "content_markup_type" character varying(30) NOT NULL DEFAULT 'rst', CONSTRAINT "chk_boxes_label" CHECK ("label" ~ '^[-a-zA-Z0-9_]+$'), CONSTRAINT "chk_boxes_content_markup_type" CHECK ("content_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "PK_749574b01e0038dae8464fcb445" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_boxes_label" ON "boxes"  ("label") `);
    await queryRunner.query(
      `CREATE TABLE "pages" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "title" character varying(500) NOT NULL, "keywords" character varying(1000), "description" text, "path" character varying(500) NOT NULL, "content" text NOT NULL, "content_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "is_published" boolean NOT NULL DEFAULT true, "content_type" character varying(150) NOT NULL DEFAULT 'text/html', "template_name" character varying(100), CONSTRAINT "chk_pages_path" CHECK ("path" ~ '^[a-z0-9.-]+(/[a-z0-9.-]+)*$'), CONSTRAINT "chk_pages_content_markup_type" CHECK ("content_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "PK_8f21ed625aa34c8391d636b7d3b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ix_pages_path" ON "pages"  ("path") `);
    await queryRunner.query(`CREATE INDEX "ix_pages_published" ON "pages"  ("is_published") `);
    await queryRunner.query(`CREATE INDEX "ix_pages_path_published" ON "pages"  ("path", "is_published") `);
    await queryRunner.query(`CREATE INDEX "ix_pages_created" ON "pages"  ("created") `);
    await queryRunner.query(
      `CREATE TABLE "page_documents" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "page_id" integer NOT NULL, "document" character varying(500) NOT NULL, CONSTRAINT "PK_ffe2f0e4022d63c3f33126f7338" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_page_documents_page" ON "page_documents"  ("page_id") `);
    await queryRunner.query(
      `CREATE TABLE "page_images" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "page_id" integer NOT NULL, "image" character varying(400) NOT NULL, CONSTRAINT "PK_5ca148107f913f2ca6454bc693b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_page_images_page" ON "page_images"  ("page_id") `);
    await queryRunner.query(
      `ALTER TABLE "boxes" ADD CONSTRAINT "FK_dc23cfe1c2ee42bbf421487fd9f" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "boxes" ADD CONSTRAINT "FK_c02612386e6aac5991878efbe56" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pages" ADD CONSTRAINT "FK_ccaa2a994a61f87a0a00c7f0191" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pages" ADD CONSTRAINT "FK_46731291d8e0738687404a9c2b8" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "page_documents" ADD CONSTRAINT "fk_page_documents_page" FOREIGN KEY ("page_id") REFERENCES "pages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "page_images" ADD CONSTRAINT "fk_page_images_page" FOREIGN KEY ("page_id") REFERENCES "pages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: what TypeORM cannot express (triggers, expression and DESC indexes).
    await queryRunner.query(`CREATE INDEX "ix_pages_content_fts" ON "pages" USING gin (to_tsvector('english', "content"))`);
    await queryRunner.query(`CREATE TRIGGER "trg_boxes_touch" BEFORE UPDATE ON "boxes" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(`CREATE TRIGGER "trg_pages_touch" BEFORE UPDATE ON "pages" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_page_documents_touch" BEFORE UPDATE ON "page_documents" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_page_images_touch" BEFORE UPDATE ON "page_images" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the reverse of the hand-written part of up().
    await queryRunner.query(`DROP TRIGGER "trg_page_images_touch" ON "page_images"`);
    await queryRunner.query(`DROP TRIGGER "trg_page_documents_touch" ON "page_documents"`);
    await queryRunner.query(`DROP TRIGGER "trg_pages_touch" ON "pages"`);
    await queryRunner.query(`DROP TRIGGER "trg_boxes_touch" ON "boxes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pages_content_fts"`);
    await queryRunner.query(`ALTER TABLE "page_images" DROP CONSTRAINT "fk_page_images_page"`);
    await queryRunner.query(`ALTER TABLE "page_documents" DROP CONSTRAINT "fk_page_documents_page"`);
    await queryRunner.query(`ALTER TABLE "pages" DROP CONSTRAINT "FK_46731291d8e0738687404a9c2b8"`);
    await queryRunner.query(`ALTER TABLE "pages" DROP CONSTRAINT "FK_ccaa2a994a61f87a0a00c7f0191"`);
    await queryRunner.query(`ALTER TABLE "boxes" DROP CONSTRAINT "FK_c02612386e6aac5991878efbe56"`);
    await queryRunner.query(`ALTER TABLE "boxes" DROP CONSTRAINT "FK_dc23cfe1c2ee42bbf421487fd9f"`);
    await queryRunner.query(`DROP INDEX "public"."ix_page_images_page"`);
    await queryRunner.query(`DROP TABLE "page_images"`);
    await queryRunner.query(`DROP INDEX "public"."ix_page_documents_page"`);
    await queryRunner.query(`DROP TABLE "page_documents"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pages_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pages_path_published"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pages_published"`);
    await queryRunner.query(`DROP INDEX "public"."ix_pages_path"`);
    await queryRunner.query(`DROP TABLE "pages"`);
    await queryRunner.query(`DROP INDEX "public"."uq_boxes_label"`);
    await queryRunner.query(`DROP TABLE "boxes"`);
  }
}
