import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The media library's records (server/media/): one per stored file, by the sha256 of its bytes. */
export class MediaLibrary1797100000000 implements MigrationInterface {
  name = 'MediaLibrary1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "media" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "sha256" character varying(64) NOT NULL, "original_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "kind" character varying(20) NOT NULL, "bytes" integer NOT NULL, "width" integer, "height" integer, "focal_point" jsonb, "alt" character varying(500), "variants" jsonb NOT NULL DEFAULT '{}', "uploader_id" integer, CONSTRAINT "uq_media_sha256" UNIQUE ("sha256"), CONSTRAINT "chk_media_focal_point" CHECK ("focal_point" IS NULL OR (jsonb_typeof("focal_point") = 'object' AND jsonb_typeof("focal_point"->'x') = 'number' AND jsonb_typeof("focal_point"->'y') = 'number' AND ("focal_point"->>'x')::numeric BETWEEN 0 AND 1 AND ("focal_point"->>'y')::numeric BETWEEN 0 AND 1)), CONSTRAINT "chk_media_bytes" CHECK ("bytes" >= 0), CONSTRAINT "chk_media_kind" CHECK ("kind" IN ('image', 'document')), CONSTRAINT "chk_media_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_media_uploader" ON "media"  ("uploader_id") `);
    await queryRunner.query(
      `ALTER TABLE "media" ADD CONSTRAINT "fk_media_uploader" FOREIGN KEY ("uploader_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE TRIGGER "trg_media_touch" BEFORE UPDATE ON "media" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_media_touch" ON "media"`);
    await queryRunner.query(`ALTER TABLE "media" DROP CONSTRAINT "fk_media_uploader"`);
    await queryRunner.query(`DROP INDEX "public"."ix_media_uploader"`);
    await queryRunner.query(`DROP TABLE "media"`);
  }
}
