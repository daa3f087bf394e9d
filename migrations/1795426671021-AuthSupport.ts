import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthSupport1795426671021 implements MigrationInterface {
  name = 'AuthSupport1795426671021';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" character varying(300) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "window_start" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_14c03bac82292a8310c54cb98d0" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "settings" ("key" character varying(100) NOT NULL, "value" text NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8639b7626fa94ba8265628f214" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "token_id" integer`);
    await queryRunner.query(
      `ALTER TABLE "audit_log" ADD CONSTRAINT "fk_audit_log_token" FOREIGN KEY ("token_id") REFERENCES "auth_tokens"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Written by hand: keep updated current, as on every table.
    await queryRunner.query(
      `CREATE TRIGGER "trg_login_throttle_touch" BEFORE UPDATE ON "login_throttle" FOR EACH ROW EXECUTE FUNCTION touch_updated()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_settings_touch" BEFORE UPDATE ON "settings" FOR EACH ROW EXECUTE FUNCTION touch_updated()`,
    );
    // The roles are a fixed set the code checks by slug: data every database needs.
    await queryRunner.query(
      `INSERT INTO "roles" ("slug", "name", "description") VALUES ('content_editor', 'Content editor', 'Pages, boxes, events, sponsors and memberships.'), ('release_manager', 'Release manager', 'Releases, release files and operating systems.'), ('job_moderator', 'Job moderator', 'Reviews job postings; job categories and types.') ON CONFLICT ("slug") DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "roles" WHERE "slug" IN ('content_editor', 'release_manager', 'job_moderator')`);
    await queryRunner.query(`DROP TRIGGER "trg_settings_touch" ON "settings"`);
    await queryRunner.query(`DROP TRIGGER "trg_login_throttle_touch" ON "login_throttle"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP CONSTRAINT "fk_audit_log_token"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "token_id"`);
    await queryRunner.query(`DROP TABLE "settings"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
