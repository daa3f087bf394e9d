import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TaskRuns1796173146416 implements MigrationInterface {
  name = 'TaskRuns1796173146416';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "task_runs" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "task" character varying(50) NOT NULL, "slot" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'queued', "worker" character varying(200), "started" TIMESTAMP WITH TIME ZONE, "finished" TIMESTAMP WITH TIME ZONE, "result" jsonb, "error" text, CONSTRAINT "uq_task_runs_task_slot" UNIQUE ("task", "slot"), CONSTRAINT "chk_task_runs_failed_error" CHECK ("status" <> 'failed' OR "error" IS NOT NULL), CONSTRAINT "chk_task_runs_finished" CHECK (("status" IN ('completed', 'failed')) = ("finished" IS NOT NULL)), CONSTRAINT "chk_task_runs_started" CHECK ("status" = 'queued' OR ("started" IS NOT NULL AND "worker" IS NOT NULL)), CONSTRAINT "chk_task_runs_status" CHECK ("status" IN ('queued', 'active', 'completed', 'failed')), CONSTRAINT "PK_52c37d0e12c4de37ae7bbff7850" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_task_runs_active" ON "task_runs"  ("task", "status") `);
    // Written by hand: keep updated and row_version current, as on every table.
    await queryRunner.query(`CREATE TRIGGER "trg_task_runs_touch" BEFORE UPDATE ON "task_runs" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_task_runs_touch" ON "task_runs"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_runs_active"`);
    await queryRunner.query(`DROP TABLE "task_runs"`);
  }
}
