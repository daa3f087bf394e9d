import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationTables1764000005000 implements MigrationInterface {
  name = 'OrganisationTables1764000005000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "elections" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "name" character varying(100) NOT NULL, "date" date NOT NULL, "kind_id" integer, "nominations_open_at" TIMESTAMP WITH TIME ZONE, "nominations_close_at" TIMESTAMP WITH TIME ZONE, "endorsements_open_at" TIMESTAMP WITH TIME ZONE, "endorsements_close_at" TIMESTAMP WITH TIME ZONE, "description" text, "description_markup_type" character varying(30) NOT NULL DEFAULT 'markdown', "hide_previous_service" boolean NOT NULL DEFAULT false, "slug" character varying(255), CONSTRAINT "chk_elections_slug" CHECK ("slug" IS NULL OR "slug" = '' OR "slug" ~ '^[-a-zA-Z0-9_]+$'), CONSTRAINT "chk_elections_description_markup_type" CHECK ("description_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "PK_21abca6e4191b830d1eb8379cf0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_elections_kind" ON "elections"  ("kind_id") `);
    await queryRunner.query(`CREATE INDEX "ix_elections_slug" ON "elections"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "election_kinds" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "name" character varying(100) NOT NULL, "slug" character varying(120), "accent_color" character varying(25) NOT NULL DEFAULT '#0073b7', "nomination_form" character varying(32) NOT NULL DEFAULT 'board', CONSTRAINT "chk_election_kinds_accent_color" CHECK ("accent_color" ~ '^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$'), CONSTRAINT "chk_election_kinds_slug" CHECK ("slug" IS NULL OR "slug" = '' OR "slug" ~ '^[-a-zA-Z0-9_]+$'), CONSTRAINT "chk_election_kinds_nomination_form" CHECK ("nomination_form" IN ('board', 'packaging_council')), CONSTRAINT "PK_cbf9cefbd9fefaf38d1d0a3e215" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_election_kinds_name" ON "election_kinds"  ("name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_election_kinds_slug" ON "election_kinds"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "minutes" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "date" date NOT NULL, "content" text NOT NULL, "content_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "is_published" boolean NOT NULL DEFAULT false, CONSTRAINT "chk_minutes_content_markup_type" CHECK ("content_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "PK_6430e69788e26236b493d6fcc7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_minutes_date" ON "minutes"  ("date") `);
    await queryRunner.query(`CREATE INDEX "ix_minutes_is_published" ON "minutes"  ("is_published") `);
    await queryRunner.query(`CREATE INDEX "ix_minutes_created" ON "minutes"  ("created") `);
    await queryRunner.query(
      `CREATE TABLE "nominations" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "election_id" integer NOT NULL, "name" character varying(1024), "email" character varying(1024), "previous_board_service" character varying(1024), "employer" character varying(1024), "other_affiliations" character varying(2048), "nomination_statement" text, "nomination_statement_markup_type" character varying(30) NOT NULL DEFAULT 'markdown', "nominator_id" integer NOT NULL, "nominee_id" integer, "accepted" boolean NOT NULL DEFAULT false, "approved" boolean NOT NULL DEFAULT false, "is_endorsement" boolean NOT NULL DEFAULT false, "coc_acknowledged" boolean NOT NULL DEFAULT false, "mission_alignment" boolean NOT NULL DEFAULT false, "eligibility_confirmed" boolean NOT NULL DEFAULT false, CONSTRAINT "chk_nominations_nomination_statement_markup_type" CHECK ("nomination_statement_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "PK_94d2a23f18ea8e3b22d1ec6e972" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_nominations_election" ON "nominations"  ("election_id") `);
    await queryRunner.query(`CREATE INDEX "ix_nominations_nominator" ON "nominations"  ("nominator_id") `);
    await queryRunner.query(`CREATE INDEX "ix_nominations_nominee" ON "nominations"  ("nominee_id") `);
    await queryRunner.query(
      `CREATE TABLE "nominees" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "election_id" integer NOT NULL, "user_id" integer, "accepted" boolean NOT NULL DEFAULT false, "approved" boolean NOT NULL DEFAULT false, "slug" character varying(255), CONSTRAINT "chk_nominees_slug" CHECK ("slug" IS NULL OR "slug" = '' OR "slug" ~ '^[-a-zA-Z0-9_]+$'), CONSTRAINT "PK_95bea8d75c23afade5aef834a7b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_nominees_election" ON "nominees"  ("election_id") `);
    await queryRunner.query(`CREATE INDEX "ix_nominees_user" ON "nominees"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_nominees_slug" ON "nominees"  ("slug") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_nominees_user_election" ON "nominees"  ("user_id", "election_id") `);
    await queryRunner.query(
      `CREATE TABLE "sponsors" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "name" character varying(100) NOT NULL, "description" text NOT NULL, "landing_page_url" character varying(500), "twitter_handle" character varying(32), "linked_in_page_url" character varying(500), "web_logo" character varying(500) NOT NULL, "white_logo" character varying(500), "print_logo" character varying(500), "primary_phone" character varying(32) NOT NULL, "mailing_address_line_1" character varying(128) NOT NULL DEFAULT '', "mailing_address_line_2" character varying(128) NOT NULL DEFAULT '', "city" character varying(64) NOT NULL DEFAULT '', "state" character varying(64) NOT NULL DEFAULT '', "postal_code" character varying(64) NOT NULL DEFAULT '', "country" character varying(2) NOT NULL DEFAULT '', "country_of_incorporation" character varying(2), "state_of_incorporation" character varying(64) DEFAULT '', CONSTRAINT "chk_sponsors_country_of_incorporation" CHECK ("country_of_incorporation" IS NULL OR "country_of_incorporation" = '' OR "country_of_incorporation" ~ '^[A-Z]{2}$'), CONSTRAINT "chk_sponsors_country" CHECK ("country" = '' OR "country" ~ '^[A-Z]{2}$'), CONSTRAINT "PK_6d1114fe7e65855154351b66bfc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sponsors_created" ON "sponsors"  ("created") `);
    await queryRunner.query(
      `CREATE TABLE "sponsor_benefits" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "sponsorship_id" integer NOT NULL, "sponsorship_benefit_id" integer, "program_name" character varying(1024) NOT NULL, "name" character varying(1024) NOT NULL, "description" text, "program_id" integer, "benefit_internal_value" integer, "added_by_user" boolean NOT NULL DEFAULT false, "standalone" boolean NOT NULL DEFAULT false, "order" integer NOT NULL DEFAULT '0', CONSTRAINT "chk_sponsor_benefits_benefit_internal_value" CHECK ("benefit_internal_value" >= 0), CONSTRAINT "PK_a6040f6c541b44961d1537dd7e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sponsor_benefits_sponsorship" ON "sponsor_benefits"  ("sponsorship_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsor_benefits_sponsorship_benefit" ON "sponsor_benefits"  ("sponsorship_benefit_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsor_benefits_program" ON "sponsor_benefits"  ("program_id") `);
    await queryRunner.query(
      `CREATE TABLE "sponsor_contacts" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "sponsor_id" integer NOT NULL, "user_id" integer, "primary" boolean NOT NULL DEFAULT false, "administrative" boolean NOT NULL DEFAULT false, "accounting" boolean NOT NULL DEFAULT false, "manager" boolean NOT NULL DEFAULT false, "name" character varying(100) NOT NULL, "email" character varying(256) NOT NULL, "phone" character varying(32) NOT NULL, CONSTRAINT "PK_26fad8ac11ceda0314122feca66" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sponsor_contacts_sponsor" ON "sponsor_contacts"  ("sponsor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsor_contacts_user" ON "sponsor_contacts"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "sponsorships" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "submitted_by_id" integer, "sponsor_id" integer, "status" character varying(20) NOT NULL DEFAULT 'applied', "locked" boolean NOT NULL DEFAULT false, "start_date" date, "end_date" date, "applied_on" date NOT NULL DEFAULT ('now'::text)::date, "approved_on" date, "rejected_on" date, "finalized_on" date, "year" integer, "for_modified_package" boolean NOT NULL DEFAULT false, "level_name_old" character varying(64) NOT NULL DEFAULT '', "package_id" integer, "sponsorship_fee" integer, "overlapped_by_id" integer, "renewal" boolean, CONSTRAINT "chk_sponsorships_sponsorship_fee" CHECK ("sponsorship_fee" >= 0), CONSTRAINT "chk_sponsorships_year" CHECK ("year" IS NULL OR "year" BETWEEN 2022 AND 2050), CONSTRAINT "chk_sponsorships_status" CHECK ("status" IN ('applied', 'rejected', 'approved', 'finalized')), CONSTRAINT "PK_393571b62d6dd0f63c6d3eb154b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sponsorships_submitted_by" ON "sponsorships"  ("submitted_by_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsorships_sponsor" ON "sponsorships"  ("sponsor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsorships_status" ON "sponsorships"  ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsorships_year" ON "sponsorships"  ("year") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsorships_package" ON "sponsorships"  ("package_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsorships_overlapped_by" ON "sponsorships"  ("overlapped_by_id") `);
    await queryRunner.query(
      `CREATE TABLE "sponsorship_benefits" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "name" character varying(1024) NOT NULL, "description" text, "program_id" integer NOT NULL, "package_only" boolean NOT NULL DEFAULT false, "new" boolean NOT NULL DEFAULT false, "unavailable" boolean NOT NULL DEFAULT false, "standalone" boolean NOT NULL DEFAULT false, "internal_description" text, "internal_value" integer, "capacity" integer, "soft_capacity" boolean NOT NULL DEFAULT false, "year" integer, "order" integer NOT NULL DEFAULT '0', CONSTRAINT "chk_sponsorship_benefits_year" CHECK ("year" IS NULL OR "year" BETWEEN 2022 AND 2050), CONSTRAINT "chk_sponsorship_benefits_capacity" CHECK ("capacity" >= 0), CONSTRAINT "chk_sponsorship_benefits_internal_value" CHECK ("internal_value" >= 0), CONSTRAINT "PK_859c46f52a81e3053f2eb97987c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sponsorship_benefits_program" ON "sponsorship_benefits"  ("program_id") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsorship_benefits_year" ON "sponsorship_benefits"  ("year") `);
    await queryRunner.query(
      `CREATE TABLE "sponsorship_packages" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "name" character varying(64) NOT NULL, "sponsorship_amount" integer NOT NULL, "advertise" boolean NOT NULL DEFAULT false, "logo_dimension" integer NOT NULL DEFAULT '175', "slug" character varying(200) NOT NULL, "year" integer, "allow_a_la_carte" boolean NOT NULL DEFAULT true, "order" integer NOT NULL DEFAULT '0', CONSTRAINT "chk_sponsorship_packages_year" CHECK ("year" IS NULL OR "year" BETWEEN 2022 AND 2050), CONSTRAINT "chk_sponsorship_packages_slug" CHECK ("slug" ~ '^[-a-zA-Z0-9_]+$'), CONSTRAINT "chk_sponsorship_packages_logo_dimension" CHECK ("logo_dimension" >= 0), CONSTRAINT "chk_sponsorship_packages_sponsorship_amount" CHECK ("sponsorship_amount" >= 0), CONSTRAINT "PK_e6c6eb27f1f4e23f3013703b51e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sponsorship_packages_slug" ON "sponsorship_packages"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "ix_sponsorship_packages_year" ON "sponsorship_packages"  ("year") `);
    await queryRunner.query(
      `CREATE TABLE "sponsorship_programs" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "name" character varying(64) NOT NULL, "description" text, "order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_601fcef868d4a1824ba7eb05560" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "work_groups" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "name" character varying(200) NOT NULL, "slug" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, "approved" boolean NOT NULL DEFAULT false, "short_description" text NOT NULL DEFAULT '', "purpose" text NOT NULL, "purpose_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "active_time" text NOT NULL, "active_time_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "core_values" text NOT NULL, "core_values_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "rules" text NOT NULL, "rules_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "communication" text NOT NULL, "communication_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "support" text NOT NULL DEFAULT '', "support_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "url" character varying(500) NOT NULL DEFAULT '', CONSTRAINT "chk_work_groups_support_markup_type" CHECK ("support_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "chk_work_groups_communication_markup_type" CHECK ("communication_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "chk_work_groups_rules_markup_type" CHECK ("rules_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "chk_work_groups_core_values_markup_type" CHECK ("core_values_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "chk_work_groups_active_time_markup_type" CHECK ("active_time_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "chk_work_groups_purpose_markup_type" CHECK ("purpose_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "chk_work_groups_slug" CHECK ("slug" ~ '^[-a-zA-Z0-9_]+$'), CONSTRAINT "PK_03d78b5f770090933d7da2d95e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_work_groups_slug" ON "work_groups"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "ix_work_groups_active" ON "work_groups"  ("active") `);
    await queryRunner.query(`CREATE INDEX "ix_work_groups_approved" ON "work_groups"  ("approved") `);
    await queryRunner.query(`CREATE INDEX "ix_work_groups_created" ON "work_groups"  ("created") `);
    await queryRunner.query(
      `CREATE TABLE "sponsorship_benefit_packages" ("sponsorship_benefit_id" integer NOT NULL, "sponsorship_package_id" integer NOT NULL, CONSTRAINT "PK_6e9de0eeb8df0f77a562bab04ce" PRIMARY KEY ("sponsorship_benefit_id", "sponsorship_package_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7f8840a3a9dbad76c2c29474fa" ON "sponsorship_benefit_packages"  ("sponsorship_benefit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e7b948da09f4274104e97991d2" ON "sponsorship_benefit_packages"  ("sponsorship_package_id") `);
    await queryRunner.query(
      `CREATE TABLE "work_group_organizers" ("work_group_id" integer NOT NULL, "user_id" integer NOT NULL, CONSTRAINT "PK_be638d49b8dad1a687c5874bac9" PRIMARY KEY ("work_group_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fbdb3464c684b54c26c032f7fc" ON "work_group_organizers"  ("work_group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_447f7bc968c9bdc85f17ee10b5" ON "work_group_organizers"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "work_group_members" ("work_group_id" integer NOT NULL, "user_id" integer NOT NULL, CONSTRAINT "PK_cfe3ca2c488d168bb5880d8c950" PRIMARY KEY ("work_group_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1b7f0a35b641f505c8a9edb126" ON "work_group_members"  ("work_group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5f5e121b4572e9fd06cb15927f" ON "work_group_members"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "elections" ADD CONSTRAINT "fk_elections_kind" FOREIGN KEY ("kind_id") REFERENCES "election_kinds"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes" ADD CONSTRAINT "FK_3c9d4c54bf036ad6c9ded963f83" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes" ADD CONSTRAINT "FK_625c03805b42d40d3f3ae44bce5" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_election" FOREIGN KEY ("election_id") REFERENCES "elections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_nominator" FOREIGN KEY ("nominator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "fk_nominations_nominee" FOREIGN KEY ("nominee_id") REFERENCES "nominees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominees" ADD CONSTRAINT "fk_nominees_election" FOREIGN KEY ("election_id") REFERENCES "elections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominees" ADD CONSTRAINT "fk_nominees_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsors" ADD CONSTRAINT "FK_349dd4b537467c5fde7c9c86b56" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsors" ADD CONSTRAINT "FK_2a88f771a31e080c43634e35424" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsor_benefits" ADD CONSTRAINT "fk_sponsor_benefits_sponsorship" FOREIGN KEY ("sponsorship_id") REFERENCES "sponsorships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsor_benefits" ADD CONSTRAINT "fk_sponsor_benefits_sponsorship_benefit" FOREIGN KEY ("sponsorship_benefit_id") REFERENCES "sponsorship_benefits"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsor_benefits" ADD CONSTRAINT "fk_sponsor_benefits_program" FOREIGN KEY ("program_id") REFERENCES "sponsorship_programs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsor_contacts" ADD CONSTRAINT "fk_sponsor_contacts_sponsor" FOREIGN KEY ("sponsor_id") REFERENCES "sponsors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsor_contacts" ADD CONSTRAINT "fk_sponsor_contacts_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorships" ADD CONSTRAINT "fk_sponsorships_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorships" ADD CONSTRAINT "fk_sponsorships_sponsor" FOREIGN KEY ("sponsor_id") REFERENCES "sponsors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorships" ADD CONSTRAINT "fk_sponsorships_package" FOREIGN KEY ("package_id") REFERENCES "sponsorship_packages"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorships" ADD CONSTRAINT "fk_sponsorships_overlapped_by" FOREIGN KEY ("overlapped_by_id") REFERENCES "sponsorships"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorship_benefits" ADD CONSTRAINT "fk_sponsorship_benefits_program" FOREIGN KEY ("program_id") REFERENCES "sponsorship_programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_groups" ADD CONSTRAINT "FK_c90e46010aabb036ad0069f8555" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_groups" ADD CONSTRAINT "FK_236069c0fdbfc0d2ddc459f132e" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorship_benefit_packages" ADD CONSTRAINT "fk_sponsorship_benefit_packages_sponsorship_benefit" FOREIGN KEY ("sponsorship_benefit_id") REFERENCES "sponsorship_benefits"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorship_benefit_packages" ADD CONSTRAINT "fk_sponsorship_benefit_packages_sponsorship_package" FOREIGN KEY ("sponsorship_package_id") REFERENCES "sponsorship_packages"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_group_organizers" ADD CONSTRAINT "fk_work_group_organizers_work_group" FOREIGN KEY ("work_group_id") REFERENCES "work_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_group_organizers" ADD CONSTRAINT "fk_work_group_organizers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_group_members" ADD CONSTRAINT "fk_work_group_members_work_group" FOREIGN KEY ("work_group_id") REFERENCES "work_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_group_members" ADD CONSTRAINT "fk_work_group_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // Written by hand: what TypeORM cannot express (triggers, expression and DESC indexes).
    await queryRunner.query(`CREATE TRIGGER "trg_elections_touch" BEFORE UPDATE ON "elections" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_election_kinds_touch" BEFORE UPDATE ON "election_kinds" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(`CREATE TRIGGER "trg_minutes_touch" BEFORE UPDATE ON "minutes" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_nominations_touch" BEFORE UPDATE ON "nominations" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(`CREATE TRIGGER "trg_nominees_touch" BEFORE UPDATE ON "nominees" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(`CREATE TRIGGER "trg_sponsors_touch" BEFORE UPDATE ON "sponsors" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_sponsor_benefits_touch" BEFORE UPDATE ON "sponsor_benefits" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_sponsor_contacts_touch" BEFORE UPDATE ON "sponsor_contacts" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_sponsorships_touch" BEFORE UPDATE ON "sponsorships" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_sponsorship_benefits_touch" BEFORE UPDATE ON "sponsorship_benefits" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_sponsorship_packages_touch" BEFORE UPDATE ON "sponsorship_packages" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_sponsorship_programs_touch" BEFORE UPDATE ON "sponsorship_programs" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_work_groups_touch" BEFORE UPDATE ON "work_groups" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the reverse of the hand-written part of up().
    await queryRunner.query(`DROP TRIGGER "trg_work_groups_touch" ON "work_groups"`);
    await queryRunner.query(`DROP TRIGGER "trg_sponsorship_programs_touch" ON "sponsorship_programs"`);
    await queryRunner.query(`DROP TRIGGER "trg_sponsorship_packages_touch" ON "sponsorship_packages"`);
    await queryRunner.query(`DROP TRIGGER "trg_sponsorship_benefits_touch" ON "sponsorship_benefits"`);
    await queryRunner.query(`DROP TRIGGER "trg_sponsorships_touch" ON "sponsorships"`);
    await queryRunner.query(`DROP TRIGGER "trg_sponsor_contacts_touch" ON "sponsor_contacts"`);
    await queryRunner.query(`DROP TRIGGER "trg_sponsor_benefits_touch" ON "sponsor_benefits"`);
    await queryRunner.query(`DROP TRIGGER "trg_sponsors_touch" ON "sponsors"`);
    await queryRunner.query(`DROP TRIGGER "trg_nominees_touch" ON "nominees"`);
    await queryRunner.query(`DROP TRIGGER "trg_nominations_touch" ON "nominations"`);
    await queryRunner.query(`DROP TRIGGER "trg_minutes_touch" ON "minutes"`);
    await queryRunner.query(`DROP TRIGGER "trg_election_kinds_touch" ON "election_kinds"`);
    await queryRunner.query(`DROP TRIGGER "trg_elections_touch" ON "elections"`);
    await queryRunner.query(`ALTER TABLE "work_group_members" DROP CONSTRAINT "fk_work_group_members_user"`);
    await queryRunner.query(`ALTER TABLE "work_group_members" DROP CONSTRAINT "fk_work_group_members_work_group"`);
    await queryRunner.query(`ALTER TABLE "work_group_organizers" DROP CONSTRAINT "fk_work_group_organizers_user"`);
    await queryRunner.query(`ALTER TABLE "work_group_organizers" DROP CONSTRAINT "fk_work_group_organizers_work_group"`);
    await queryRunner.query(
      `ALTER TABLE "sponsorship_benefit_packages" DROP CONSTRAINT "fk_sponsorship_benefit_packages_sponsorship_package"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsorship_benefit_packages" DROP CONSTRAINT "fk_sponsorship_benefit_packages_sponsorship_benefit"`,
    );
    await queryRunner.query(`ALTER TABLE "work_groups" DROP CONSTRAINT "FK_236069c0fdbfc0d2ddc459f132e"`);
    await queryRunner.query(`ALTER TABLE "work_groups" DROP CONSTRAINT "FK_c90e46010aabb036ad0069f8555"`);
    await queryRunner.query(`ALTER TABLE "sponsorship_benefits" DROP CONSTRAINT "fk_sponsorship_benefits_program"`);
    await queryRunner.query(`ALTER TABLE "sponsorships" DROP CONSTRAINT "fk_sponsorships_overlapped_by"`);
    await queryRunner.query(`ALTER TABLE "sponsorships" DROP CONSTRAINT "fk_sponsorships_package"`);
    await queryRunner.query(`ALTER TABLE "sponsorships" DROP CONSTRAINT "fk_sponsorships_sponsor"`);
    await queryRunner.query(`ALTER TABLE "sponsorships" DROP CONSTRAINT "fk_sponsorships_submitted_by"`);
    await queryRunner.query(`ALTER TABLE "sponsor_contacts" DROP CONSTRAINT "fk_sponsor_contacts_user"`);
    await queryRunner.query(`ALTER TABLE "sponsor_contacts" DROP CONSTRAINT "fk_sponsor_contacts_sponsor"`);
    await queryRunner.query(`ALTER TABLE "sponsor_benefits" DROP CONSTRAINT "fk_sponsor_benefits_program"`);
    await queryRunner.query(`ALTER TABLE "sponsor_benefits" DROP CONSTRAINT "fk_sponsor_benefits_sponsorship_benefit"`);
    await queryRunner.query(`ALTER TABLE "sponsor_benefits" DROP CONSTRAINT "fk_sponsor_benefits_sponsorship"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP CONSTRAINT "FK_2a88f771a31e080c43634e35424"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP CONSTRAINT "FK_349dd4b537467c5fde7c9c86b56"`);
    await queryRunner.query(`ALTER TABLE "nominees" DROP CONSTRAINT "fk_nominees_user"`);
    await queryRunner.query(`ALTER TABLE "nominees" DROP CONSTRAINT "fk_nominees_election"`);
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_nominee"`);
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_nominator"`);
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "fk_nominations_election"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_625c03805b42d40d3f3ae44bce5"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_3c9d4c54bf036ad6c9ded963f83"`);
    await queryRunner.query(`ALTER TABLE "elections" DROP CONSTRAINT "fk_elections_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5f5e121b4572e9fd06cb15927f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b7f0a35b641f505c8a9edb126"`);
    await queryRunner.query(`DROP TABLE "work_group_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_447f7bc968c9bdc85f17ee10b5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fbdb3464c684b54c26c032f7fc"`);
    await queryRunner.query(`DROP TABLE "work_group_organizers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7b948da09f4274104e97991d2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7f8840a3a9dbad76c2c29474fa"`);
    await queryRunner.query(`DROP TABLE "sponsorship_benefit_packages"`);
    await queryRunner.query(`DROP INDEX "public"."ix_work_groups_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_work_groups_approved"`);
    await queryRunner.query(`DROP INDEX "public"."ix_work_groups_active"`);
    await queryRunner.query(`DROP INDEX "public"."uq_work_groups_slug"`);
    await queryRunner.query(`DROP TABLE "work_groups"`);
    await queryRunner.query(`DROP TABLE "sponsorship_programs"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorship_packages_year"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorship_packages_slug"`);
    await queryRunner.query(`DROP TABLE "sponsorship_packages"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorship_benefits_year"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorship_benefits_program"`);
    await queryRunner.query(`DROP TABLE "sponsorship_benefits"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorships_overlapped_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorships_package"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorships_year"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorships_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorships_sponsor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsorships_submitted_by"`);
    await queryRunner.query(`DROP TABLE "sponsorships"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsor_contacts_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsor_contacts_sponsor"`);
    await queryRunner.query(`DROP TABLE "sponsor_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsor_benefits_program"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsor_benefits_sponsorship_benefit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsor_benefits_sponsorship"`);
    await queryRunner.query(`DROP TABLE "sponsor_benefits"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sponsors_created"`);
    await queryRunner.query(`DROP TABLE "sponsors"`);
    await queryRunner.query(`DROP INDEX "public"."uq_nominees_user_election"`);
    await queryRunner.query(`DROP INDEX "public"."ix_nominees_slug"`);
    await queryRunner.query(`DROP INDEX "public"."ix_nominees_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_nominees_election"`);
    await queryRunner.query(`DROP TABLE "nominees"`);
    await queryRunner.query(`DROP INDEX "public"."ix_nominations_nominee"`);
    await queryRunner.query(`DROP INDEX "public"."ix_nominations_nominator"`);
    await queryRunner.query(`DROP INDEX "public"."ix_nominations_election"`);
    await queryRunner.query(`DROP TABLE "nominations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_minutes_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_minutes_is_published"`);
    await queryRunner.query(`DROP INDEX "public"."ix_minutes_date"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
    await queryRunner.query(`DROP INDEX "public"."uq_election_kinds_slug"`);
    await queryRunner.query(`DROP INDEX "public"."uq_election_kinds_name"`);
    await queryRunner.query(`DROP TABLE "election_kinds"`);
    await queryRunner.query(`DROP INDEX "public"."ix_elections_slug"`);
    await queryRunner.query(`DROP INDEX "public"."ix_elections_kind"`);
    await queryRunner.query(`DROP TABLE "elections"`);
  }
}
