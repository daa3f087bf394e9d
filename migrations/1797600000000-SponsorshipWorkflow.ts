import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['sponsorship_transitions', 'contracts', 'contract_transitions'];

/** The sponsorship and contract workflows (server/sponsorships/): contracts, both histories, and approval's terms as CHECKs. */
export class SponsorshipWorkflow1797600000000 implements MigrationInterface {
  name = 'SponsorshipWorkflow1797600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sponsorship_transitions" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "sponsorship_id" integer NOT NULL, "action" character varying(20) NOT NULL, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "reason" text, "actor_id" integer, CONSTRAINT "chk_sponsorship_transitions_allowed" CHECK (("action" = 'approve' AND "from_status" = 'applied' AND "to_status" = 'approved') OR ("action" = 'reject' AND "from_status" = 'applied' AND "to_status" = 'rejected') OR ("action" = 'finalize' AND "from_status" = 'approved' AND "to_status" = 'finalized') OR ("action" = 'rollback' AND "from_status" = 'applied' AND "to_status" = 'applied') OR ("action" = 'rollback' AND "from_status" = 'approved' AND "to_status" = 'applied') OR ("action" = 'rollback' AND "from_status" = 'rejected' AND "to_status" = 'applied')), CONSTRAINT "PK_0d8873fc594f45543e912276080" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sponsorship_transitions_actor" ON "sponsorship_transitions"  ("actor_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_sponsorship_transitions_sponsorship" ON "sponsorship_transitions"  ("sponsorship_id", "created") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contracts" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "sponsorship_id" integer NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "revision" integer NOT NULL DEFAULT '1', "sponsor_info" text NOT NULL DEFAULT '', "sponsor_contact" text NOT NULL DEFAULT '', "benefits_list" text NOT NULL DEFAULT '', "legal_clauses" text NOT NULL DEFAULT '', "document_media_id" integer, "signed_document_media_id" integer, "sent_on" TIMESTAMP WITH TIME ZONE, "executed_on" date, CONSTRAINT "chk_contracts_legal_clauses" CHECK (char_length("legal_clauses") <= 200000), CONSTRAINT "chk_contracts_benefits_list" CHECK (char_length("benefits_list") <= 200000), CONSTRAINT "chk_contracts_sponsor_contact" CHECK (char_length("sponsor_contact") <= 200000), CONSTRAINT "chk_contracts_sponsor_info" CHECK (char_length("sponsor_info") <= 200000), CONSTRAINT "chk_contracts_executed_signed" CHECK ("status" <> 'executed' OR ("signed_document_media_id" IS NOT NULL AND "executed_on" IS NOT NULL)), CONSTRAINT "chk_contracts_sent_document" CHECK ("status" <> 'awaiting_signature' OR "document_media_id" IS NOT NULL), CONSTRAINT "chk_contracts_revision" CHECK ("revision" >= 1), CONSTRAINT "chk_contracts_status" CHECK ("status" IN ('draft', 'outdated', 'awaiting_signature', 'executed', 'nullified')), CONSTRAINT "PK_2c7b8f3a7b1acdd49497d83d0fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_contracts_status" ON "contracts"  ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_contracts_document_media" ON "contracts"  ("document_media_id") `);
    await queryRunner.query(`CREATE INDEX "ix_contracts_signed_document_media" ON "contracts"  ("signed_document_media_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_contracts_one_live_per_sponsorship" ON "contracts"  ("sponsorship_id") WHERE "status" <> 'outdated'`,
    );
    await queryRunner.query(
      `CREATE TABLE "contract_transitions" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "contract_id" integer NOT NULL, "action" character varying(20) NOT NULL, "from_status" character varying(20) NOT NULL, "to_status" character varying(20) NOT NULL, "reason" text, "actor_id" integer, CONSTRAINT "chk_contract_transitions_allowed" CHECK (("action" = 'send' AND "from_status" = 'draft' AND "to_status" = 'awaiting_signature') OR ("action" = 'execute' AND "from_status" = 'draft' AND "to_status" = 'executed') OR ("action" = 'execute' AND "from_status" = 'awaiting_signature' AND "to_status" = 'executed') OR ("action" = 'nullify' AND "from_status" = 'awaiting_signature' AND "to_status" = 'nullified') OR ("action" = 'redraft' AND "from_status" = 'nullified' AND "to_status" = 'draft') OR ("action" = 'outdate' AND "from_status" = 'draft' AND "to_status" = 'outdated') OR ("action" = 'outdate' AND "from_status" = 'nullified' AND "to_status" = 'outdated')), CONSTRAINT "PK_202e57fb6fb38c7c2c3155a87ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_contract_transitions_actor" ON "contract_transitions"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_contract_transitions_contract" ON "contract_transitions"  ("contract_id", "created") `);
    await queryRunner.query(
      `ALTER TABLE "sponsorships" ADD CONSTRAINT "chk_sponsorships_approved_terms" CHECK ("status" NOT IN ('approved', 'finalized') OR ("start_date" IS NOT NULL AND "end_date" IS NOT NULL AND "approved_on" IS NOT NULL AND "sponsorship_fee" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorships" ADD CONSTRAINT "chk_sponsorships_dates" CHECK ("start_date" IS NULL OR "end_date" IS NULL OR "start_date" < "end_date")`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorship_transitions" ADD CONSTRAINT "fk_sponsorship_transitions_sponsorship" FOREIGN KEY ("sponsorship_id") REFERENCES "sponsorships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorship_transitions" ADD CONSTRAINT "fk_sponsorship_transitions_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "fk_contracts_sponsorship" FOREIGN KEY ("sponsorship_id") REFERENCES "sponsorships"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "fk_contracts_document_media" FOREIGN KEY ("document_media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "fk_contracts_signed_document_media" FOREIGN KEY ("signed_document_media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_transitions" ADD CONSTRAINT "fk_contract_transitions_contract" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_transitions" ADD CONSTRAINT "fk_contract_transitions_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    for (const table of TABLES) {
      await queryRunner.query(`CREATE TRIGGER "trg_${table}_touch" BEFORE UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "trg_${table}_touch" ON "${table}"`);
    await queryRunner.query(`ALTER TABLE "contract_transitions" DROP CONSTRAINT "fk_contract_transitions_actor"`);
    await queryRunner.query(`ALTER TABLE "contract_transitions" DROP CONSTRAINT "fk_contract_transitions_contract"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "fk_contracts_signed_document_media"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "fk_contracts_document_media"`);
    await queryRunner.query(`ALTER TABLE "contracts" DROP CONSTRAINT "fk_contracts_sponsorship"`);
    await queryRunner.query(`ALTER TABLE "sponsorship_transitions" DROP CONSTRAINT "fk_sponsorship_transitions_actor"`);
    await queryRunner.query(`ALTER TABLE "sponsorship_transitions" DROP CONSTRAINT "fk_sponsorship_transitions_sponsorship"`);
    await queryRunner.query(`ALTER TABLE "sponsorships" DROP CONSTRAINT "chk_sponsorships_dates"`);
    await queryRunner.query(`ALTER TABLE "sponsorships" DROP CONSTRAINT "chk_sponsorships_approved_terms"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contract_transitions_contract"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contract_transitions_actor"`);
    await queryRunner.query(`DROP TABLE "contract_transitions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_contracts_one_live_per_sponsorship"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contracts_signed_document_media"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contracts_document_media"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contracts_status"`);
    await queryRunner.query(`DROP TABLE "contracts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorship_transitions_sponsorship"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorship_transitions_actor"`);
    await queryRunner.query(`DROP TABLE "sponsorship_transitions"`);
  }
}
