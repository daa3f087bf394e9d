import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1797300000000 implements MigrationInterface {
  name = 'Webhooks1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhooks" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL DEFAULT 'webhook', "url" character varying(2000) NOT NULL, "events" jsonb NOT NULL DEFAULT '[]', "resource_filter" character varying(64), "secret" character varying(200) NOT NULL, "previous_secret" character varying(200), "previous_secret_expires" TIMESTAMP WITH TIME ZONE, "service_id" character varying(200), "state" character varying(20) NOT NULL DEFAULT 'active', "state_reason" text, "consecutive_failures" integer NOT NULL DEFAULT '0', CONSTRAINT "chk_webhooks_previous_secret" CHECK (("previous_secret" IS NULL) = ("previous_secret_expires" IS NULL)), CONSTRAINT "chk_webhooks_service" CHECK ("kind" <> 'fastly_purge' OR "service_id" IS NOT NULL), CONSTRAINT "chk_webhooks_failures" CHECK ("consecutive_failures" >= 0), CONSTRAINT "chk_webhooks_events" CHECK (jsonb_typeof("events") = 'array'), CONSTRAINT "chk_webhooks_url" CHECK ("url" ~ '^https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?$'), CONSTRAINT "chk_webhooks_state" CHECK ("state" IN ('active', 'paused', 'disabled')), CONSTRAINT "chk_webhooks_kind" CHECK ("kind" IN ('webhook', 'fastly_purge')), CONSTRAINT "PK_9e8795cfc899ab7bdaa831e8527" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_webhooks_state" ON "webhooks"  ("state") `);
    await queryRunner.query(
      `CREATE TABLE "webhook_deliveries" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "webhook_id" integer NOT NULL, "message_id" character varying(64) NOT NULL, "event_type" character varying(100) NOT NULL, "resource" character varying(64) NOT NULL, "record_id" integer NOT NULL, "body" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_status_code" integer, "last_error" text, "last_duration_ms" integer, "response_excerpt" character varying(500), "attempt_log" jsonb NOT NULL DEFAULT '[]', "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_webhook_deliveries_attempts" CHECK ("attempts" >= 0), CONSTRAINT "chk_webhook_deliveries_status" CHECK ("status" IN ('pending', 'delivering', 'delivered', 'failed')), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_deliveries_order" ON "webhook_deliveries"  ("webhook_id", "resource", "record_id", "id") WHERE "status" IN ('pending', 'delivering')`,
    );
    await queryRunner.query(`CREATE INDEX "ix_webhook_deliveries_webhook" ON "webhook_deliveries"  ("webhook_id", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_deliveries_due" ON "webhook_deliveries"  ("next_attempt_at") WHERE "status" IN ('pending', 'delivering')`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_headers" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "webhook_id" integer NOT NULL, "name" character varying(100) NOT NULL, "secret_value" character varying(2000) NOT NULL, CONSTRAINT "uq_webhook_headers_name" UNIQUE ("webhook_id", "name"), CONSTRAINT "chk_webhook_headers_name" CHECK ("name" ~ '^[A-Za-z0-9-]{1,100}$'), CONSTRAINT "PK_2862bfdbde358514aa6aca433fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_webhook_headers_webhook" ON "webhook_headers"  ("webhook_id") `);
    await queryRunner.query(
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "fk_webhook_deliveries_webhook" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_headers" ADD CONSTRAINT "fk_webhook_headers_webhook" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of ['webhooks', 'webhook_headers', 'webhook_deliveries']) {
      await queryRunner.query(`CREATE TRIGGER "trg_${table}_touch" BEFORE UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    }
    // Deliverers LISTEN: a new delivery wakes them when its transaction commits (NOTIFY waits for the commit).
    await queryRunner.query(
      `CREATE FUNCTION notify_webhook_deliveries() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('webhook_deliveries', ''); RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_webhook_deliveries_notify" AFTER INSERT ON "webhook_deliveries" FOR EACH STATEMENT EXECUTE FUNCTION notify_webhook_deliveries()`,
    );
    // The integrations role: webhooks and CDN purges.
    await queryRunner.query(`ALTER TABLE "roles" DROP CONSTRAINT "chk_roles_slug"`);
    await queryRunner.query(
      `ALTER TABLE "roles" ADD CONSTRAINT "chk_roles_slug" CHECK ("slug" IN ('content_editor', 'release_manager', 'job_moderator', 'integrations'))`,
    );
    await queryRunner.query(
      `INSERT INTO "roles" ("slug", "name", "description") VALUES ('integrations', 'Integrations', 'Webhooks and CDN purges: who is told when content changes.') ON CONFLICT ("slug") DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "roles" WHERE "slug" = 'integrations'`);
    await queryRunner.query(`ALTER TABLE "roles" DROP CONSTRAINT "chk_roles_slug"`);
    await queryRunner.query(
      `ALTER TABLE "roles" ADD CONSTRAINT "chk_roles_slug" CHECK ("slug" IN ('content_editor', 'release_manager', 'job_moderator'))`,
    );
    await queryRunner.query(`DROP TRIGGER "trg_webhook_deliveries_notify" ON "webhook_deliveries"`);
    await queryRunner.query(`DROP FUNCTION notify_webhook_deliveries()`);
    for (const table of ['webhooks', 'webhook_headers', 'webhook_deliveries'])
      await queryRunner.query(`DROP TRIGGER "trg_${table}_touch" ON "${table}"`);
    await queryRunner.query(`ALTER TABLE "webhook_headers" DROP CONSTRAINT "fk_webhook_headers_webhook"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "fk_webhook_deliveries_webhook"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_headers_webhook"`);
    await queryRunner.query(`DROP TABLE "webhook_headers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries_webhook"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries_order"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhooks_state"`);
    await queryRunner.query(`DROP TABLE "webhooks"`);
  }
}
