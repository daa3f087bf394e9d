import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxTable1795444799352 implements MigrationInterface {
  name = 'OutboxTable1795444799352';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "kind" character varying(50) NOT NULL, "recipients" text array NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_outbox_tried" CHECK ("status" = 'queued' OR "attempts" > 0), CONSTRAINT "chk_outbox_failed_error" CHECK ("status" <> 'failed' OR "last_error" IS NOT NULL), CONSTRAINT "chk_outbox_sent_at" CHECK (("status" = 'sent') = ("sent_at" IS NOT NULL)), CONSTRAINT "chk_outbox_recipients" CHECK (cardinality("recipients") > 0), CONSTRAINT "chk_outbox_attempts" CHECK ("attempts" >= 0), CONSTRAINT "chk_outbox_status" CHECK ("status" IN ('queued', 'sending', 'sent', 'failed')), CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_outbox_due" ON "outbox"  ("status", "next_attempt_at") `);
    // Written by hand: keep updated and row_version current, as on every table.
    await queryRunner.query(`CREATE TRIGGER "trg_outbox_touch" BEFORE UPDATE ON "outbox" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_outbox_touch" ON "outbox"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_due"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
  }
}
