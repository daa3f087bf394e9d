import type { MigrationInterface, QueryRunner } from 'typeorm';

/** python.org served uploaded files under this prefix (its MEDIA_URL): a stored path becomes the URL it was known by. */
const PYTHON_ORG_MEDIA = 'https://www.python.org/m/';

/**
 * Page images and documents, photos and sponsor logos may be files of the media library. Their text
 * columns become external URLs: a relative path (a file that lived on python.org's server) becomes
 * its python.org URL, and a URL stays as it is.
 */
export class MediaReferences1797200000000 implements MigrationInterface {
  name = 'MediaReferences1797200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "page_documents" ADD "media_id" integer`);
    await queryRunner.query(`ALTER TABLE "page_images" ADD "media_id" integer`);
    await queryRunner.query(`ALTER TABLE "photos" ADD "media_id" integer`);
    await queryRunner.query(`ALTER TABLE "sponsors" ADD "web_logo_media_id" integer`);
    await queryRunner.query(`ALTER TABLE "sponsors" ADD "white_logo_media_id" integer`);
    await queryRunner.query(`ALTER TABLE "sponsors" ADD "print_logo_media_id" integer`);
    await queryRunner.query(`ALTER TABLE "page_documents" ALTER COLUMN "document" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "page_images" ALTER COLUMN "image" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "sponsors" ALTER COLUMN "web_logo" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_page_documents_media" ON "page_documents"  ("media_id") `);
    await queryRunner.query(`CREATE INDEX "ix_page_images_media" ON "page_images"  ("media_id") `);
    await queryRunner.query(`CREATE INDEX "ix_photos_media" ON "photos"  ("media_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsors_web_logo_media" ON "sponsors"  ("web_logo_media_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsors_white_logo_media" ON "sponsors"  ("white_logo_media_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsors_print_logo_media" ON "sponsors"  ("print_logo_media_id") `);
    for (const [table, column, length] of [
      ['page_images', 'image', 400],
      ['page_documents', 'document', 500],
      ['photos', 'image', 500],
      ['sponsors', 'web_logo', 500],
      ['sponsors', 'white_logo', 500],
      ['sponsors', 'print_logo', 500],
    ] as const) {
      await queryRunner.query(
        `UPDATE "${table}" SET "${column}" = $1 || "${column}" WHERE "${column}" <> '' AND "${column}" !~ '^https?://' AND length("${column}") <= $2`,
        [PYTHON_ORG_MEDIA, length - PYTHON_ORG_MEDIA.length],
      );
    }
    await queryRunner.query(
      `ALTER TABLE "page_documents" ADD CONSTRAINT "chk_page_documents_source" CHECK (("media_id" IS NULL) <> ("document" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "page_images" ADD CONSTRAINT "chk_page_images_source" CHECK (("media_id" IS NULL) <> ("image" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsors" ADD CONSTRAINT "chk_sponsors_web_logo_source" CHECK ("web_logo" IS NOT NULL OR "web_logo_media_id" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "page_documents" ADD CONSTRAINT "fk_page_documents_media" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "page_images" ADD CONSTRAINT "fk_page_images_media" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "photos" ADD CONSTRAINT "fk_photos_media" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsors" ADD CONSTRAINT "fk_sponsors_web_logo_media" FOREIGN KEY ("web_logo_media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsors" ADD CONSTRAINT "fk_sponsors_white_logo_media" FOREIGN KEY ("white_logo_media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsors" ADD CONSTRAINT "fk_sponsors_print_logo_media" FOREIGN KEY ("print_logo_media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sponsors" DROP CONSTRAINT "fk_sponsors_print_logo_media"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP CONSTRAINT "fk_sponsors_white_logo_media"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP CONSTRAINT "fk_sponsors_web_logo_media"`);
    await queryRunner.query(`ALTER TABLE "photos" DROP CONSTRAINT "fk_photos_media"`);
    await queryRunner.query(`ALTER TABLE "page_images" DROP CONSTRAINT "fk_page_images_media"`);
    await queryRunner.query(`ALTER TABLE "page_documents" DROP CONSTRAINT "fk_page_documents_media"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP CONSTRAINT "chk_sponsors_web_logo_source"`);
    await queryRunner.query(`ALTER TABLE "page_images" DROP CONSTRAINT "chk_page_images_source"`);
    await queryRunner.query(`ALTER TABLE "page_documents" DROP CONSTRAINT "chk_page_documents_source"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsors_print_logo_media"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsors_white_logo_media"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsors_web_logo_media"`);
    await queryRunner.query(`DROP INDEX "public"."ix_photos_media"`);
    await queryRunner.query(`DROP INDEX "public"."ix_page_images_media"`);
    await queryRunner.query(`DROP INDEX "public"."ix_page_documents_media"`);
    // A record that only has a library file gets its path back as text, so the old columns can be required again.
    for (const [table, column, key] of [
      ['page_images', 'image', 'media_id'],
      ['page_documents', 'document', 'media_id'],
      ['sponsors', 'web_logo', 'web_logo_media_id'],
    ] as const) {
      await queryRunner.query(
        `UPDATE "${table}" t SET "${column}" = 'media/' || m.sha256 FROM media m WHERE t."${column}" IS NULL AND m.id = t."${key}"`,
      );
    }
    await queryRunner.query(`ALTER TABLE "sponsors" ALTER COLUMN "web_logo" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "page_images" ALTER COLUMN "image" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "page_documents" ALTER COLUMN "document" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP COLUMN "print_logo_media_id"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP COLUMN "white_logo_media_id"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP COLUMN "web_logo_media_id"`);
    await queryRunner.query(`ALTER TABLE "photos" DROP COLUMN "media_id"`);
    await queryRunner.query(`ALTER TABLE "page_images" DROP COLUMN "media_id"`);
    await queryRunner.query(`ALTER TABLE "page_documents" DROP COLUMN "media_id"`);
  }
}
