import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BlogFeeds1797500000000 implements MigrationInterface {
  name = 'BlogFeeds1797500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "blog_entries" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "feed_id" integer NOT NULL, "title" character varying(500) NOT NULL, "summary" text NOT NULL DEFAULT '', "url" character varying(1000) NOT NULL, "pub_date" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_blog_entries_url" UNIQUE ("feed_id", "url"), CONSTRAINT "PK_b5578a556d4603b01ee61f79b31" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_blog_entries_feed" ON "blog_entries"  ("feed_id") `);
    await queryRunner.query(`CREATE INDEX "ix_blog_entries_pub_date" ON "blog_entries"  ("pub_date") `);
    await queryRunner.query(
      `CREATE TABLE "blog_feeds" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "name" character varying(200) NOT NULL, "website_url" character varying(500), "feed_url" character varying(500) NOT NULL, "active" boolean NOT NULL DEFAULT true, "import_etag" character varying(500), "import_last_modified" character varying(100), "last_import" jsonb, CONSTRAINT "chk_blog_feeds_website_url" CHECK ("website_url" IS NULL OR "website_url" = '' OR "website_url" ~ '^https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?$'), CONSTRAINT "chk_blog_feeds_feed_url" CHECK ("feed_url" ~ '^https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?$'), CONSTRAINT "PK_88089dc43e08a23189d3bf89871" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "blog_entries" ADD CONSTRAINT "fk_blog_entries_feed" FOREIGN KEY ("feed_id") REFERENCES "blog_feeds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of ['blog_feeds', 'blog_entries']) {
      await queryRunner.query(`CREATE TRIGGER "trg_${table}_touch" BEFORE UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['blog_feeds', 'blog_entries']) await queryRunner.query(`DROP TRIGGER "trg_${table}_touch" ON "${table}"`);
    await queryRunner.query(`ALTER TABLE "blog_entries" DROP CONSTRAINT "fk_blog_entries_feed"`);
    await queryRunner.query(`DROP TABLE "blog_feeds"`);
    await queryRunner.query(`DROP INDEX "public"."ix_blog_entries_pub_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_blog_entries_feed"`);
    await queryRunner.query(`DROP TABLE "blog_entries"`);
  }
}
