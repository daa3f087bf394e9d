import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Numbered snapshots of versioned records, written with each save (server/crud/versions/). */
export class RecordVersions1796900000000 implements MigrationInterface {
  name = 'RecordVersions1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "record_versions" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "resource" character varying(64) NOT NULL, "record_id" integer NOT NULL, "number" integer NOT NULL, "snapshot" jsonb NOT NULL, "published" boolean NOT NULL DEFAULT false, "author_id" integer, "token_id" integer, "comment" text, CONSTRAINT "uq_record_versions_number" UNIQUE ("resource", "record_id", "number"), CONSTRAINT "chk_record_versions_number" CHECK ("number" >= 1), CONSTRAINT "PK_525e8ec5cc4cec94a1830cdab42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_record_versions_author" ON "record_versions" ("author_id")`);
    await queryRunner.query(
      `ALTER TABLE "record_versions" ADD CONSTRAINT "fk_record_versions_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_versions" ADD CONSTRAINT "fk_record_versions_token" FOREIGN KEY ("token_id") REFERENCES "auth_tokens"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_record_versions_touch" BEFORE UPDATE ON "record_versions" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_record_versions_touch" ON "record_versions"`);
    await queryRunner.query(`DROP TABLE "record_versions"`);
  }
}
