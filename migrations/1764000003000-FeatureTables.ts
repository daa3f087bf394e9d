import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeatureTables1764000003000 implements MigrationInterface {
  name = 'FeatureTables1764000003000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendars" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "name" character varying(100) NOT NULL, "slug" character varying(200) NOT NULL, "description" character varying(255), "url" character varying(500), "rss" character varying(500), "embed" character varying(500), "twitter" character varying(500), CONSTRAINT "PK_90dc0330e8ec9028e23c290dee8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendars_slug" ON "calendars"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "events" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "uid" character varying(200), "title" character varying(200) NOT NULL, "calendar_id" integer NOT NULL, "venue_id" integer, "description" text NOT NULL, "description_markup_type" character varying(30) NOT NULL DEFAULT 'rst', "featured" boolean NOT NULL DEFAULT false, CONSTRAINT "chk_events_description_markup_type" CHECK ("description_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_events_calendar" ON "events"  ("calendar_id") `);
    await queryRunner.query(`CREATE INDEX "ix_events_venue" ON "events"  ("venue_id") `);
    await queryRunner.query(`CREATE INDEX "ix_events_featured" ON "events"  ("featured") `);
    await queryRunner.query(`CREATE INDEX "ix_events_upcoming" ON "events"  ("id") WHERE "featured" = true`);
    await queryRunner.query(
      `CREATE TABLE "event_categories" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "name" character varying(200) NOT NULL, "slug" character varying(200) NOT NULL, "calendar_id" integer, CONSTRAINT "PK_a6368447a61afbf9def09fd81af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_event_categories_slug" ON "event_categories"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "ix_event_categories_calendar" ON "event_categories"  ("calendar_id") `);
    await queryRunner.query(
      `CREATE TABLE "event_locations" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "calendar_id" integer, "name" character varying(255) NOT NULL, "address" character varying(255), "url" character varying(500), CONSTRAINT "PK_0f0ac747d1d213d9e3e2507f5d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_event_locations_calendar" ON "event_locations"  ("calendar_id") `);
    await queryRunner.query(
      `CREATE TABLE "occurring_rules" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "event_id" integer NOT NULL, "dt_start" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dt_end" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "all_day" boolean NOT NULL DEFAULT false, CONSTRAINT "REL_36cbef5212c2a02e3f56625bfb" UNIQUE ("event_id"), CONSTRAINT "chk_occurring_rules_dates" CHECK ("dt_end" >= "dt_start"), CONSTRAINT "PK_0ff13846e98db4690ae21d6dc11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_occurring_rules_dt_start" ON "occurring_rules"  ("dt_start") `);
    await queryRunner.query(
      `CREATE TABLE "operating_systems" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "name" character varying(200) NOT NULL, "slug" character varying(200) NOT NULL, CONSTRAINT "PK_bbc32484423a308be83d8cc2e8b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_operating_systems_slug" ON "operating_systems"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "recurring_rules" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "event_id" integer NOT NULL, "begin" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finish" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "duration_minutes" integer NOT NULL DEFAULT '15', "interval" smallint NOT NULL DEFAULT '1', "frequency" smallint NOT NULL DEFAULT '2', "all_day" boolean NOT NULL DEFAULT false, CONSTRAINT "chk_recurring_rules_dates" CHECK ("finish" >= "begin"), CONSTRAINT "chk_recurring_rules_duration" CHECK ("duration_minutes" >= 0), CONSTRAINT "chk_recurring_rules_interval" CHECK ("interval" >= 1), CONSTRAINT "chk_recurring_rules_frequency" CHECK ("frequency" IN (0, 1, 2, 3)), CONSTRAINT "PK_22942a1b99033aea3a8bc8f9e8d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_recurring_rules_event" ON "recurring_rules"  ("event_id") `);
    await queryRunner.query(`CREATE INDEX "ix_recurring_rules_finish" ON "recurring_rules"  ("finish") `);
    await queryRunner.query(
      `CREATE TABLE "releases" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "name" character varying(200) NOT NULL, "slug" character varying(200) NOT NULL, "version" integer NOT NULL DEFAULT '3', "is_latest" boolean NOT NULL DEFAULT false, "is_published" boolean NOT NULL DEFAULT false, "pre_release" boolean NOT NULL DEFAULT false, "show_on_download_page" boolean NOT NULL DEFAULT true, "release_date" TIMESTAMP WITH TIME ZONE NOT NULL, "release_page_id" integer, "release_notes_url" character varying(200), "content" text NOT NULL DEFAULT '', "content_markup_type" character varying(30) NOT NULL DEFAULT 'markdown', CONSTRAINT "chk_releases_release_notes_url" CHECK ("release_notes_url" IS NULL OR "release_notes_url" = '' OR "release_notes_url" ~ '^https?://'), CONSTRAINT "chk_releases_content_markup_type" CHECK ("content_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "chk_releases_version" CHECK ("version" IN (1, 2, 3, 100)), CONSTRAINT "PK_6b6fc2599a5a281dd44a7d64016" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_releases_slug" ON "releases"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "ix_releases_is_latest" ON "releases"  ("is_latest") `);
    await queryRunner.query(`CREATE INDEX "ix_releases_published" ON "releases"  ("is_published") `);
    await queryRunner.query(`CREATE INDEX "ix_releases_pre_release" ON "releases"  ("pre_release") `);
    await queryRunner.query(`CREATE INDEX "ix_releases_show_on_download" ON "releases"  ("show_on_download_page") `);
    await queryRunner.query(`CREATE INDEX "ix_releases_release_page" ON "releases"  ("release_page_id") `);
    await queryRunner.query(`CREATE INDEX "ix_releases_release_date" ON "releases"  ("release_date", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_releases_one_latest_per_version" ON "releases"  ("version") WHERE "is_latest" = true`);
    await queryRunner.query(`CREATE INDEX "ix_releases_latest" ON "releases"  ("version", "is_latest") WHERE "is_published" = true`);
    await queryRunner.query(`CREATE INDEX "ix_releases_version_latest" ON "releases"  ("version", "is_latest") `);
    await queryRunner.query(
      `CREATE TABLE "release_files" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer, "last_modified_by_id" integer, "name" character varying(200) NOT NULL, "slug" character varying(200) NOT NULL, "os_id" integer NOT NULL, "release_id" integer NOT NULL, "description" text, "is_source" boolean NOT NULL DEFAULT false, "url" character varying(500) NOT NULL, "gpg_signature_file" character varying(500), "sigstore_signature_file" character varying(500), "sigstore_cert_file" character varying(500), "sigstore_bundle_file" character varying(500), "sbom_spdx2_file" character varying(500), "md5_sum" character varying(200), "sha256_sum" character varying(200), "filesize" integer NOT NULL DEFAULT '0', "download_button" boolean NOT NULL DEFAULT false, CONSTRAINT "chk_release_files_filesize" CHECK ("filesize" >= 0), CONSTRAINT "chk_release_files_sha256_sum" CHECK ("sha256_sum" IS NULL OR "sha256_sum" = '' OR "sha256_sum" ~ '^[0-9a-f]{64}$'), CONSTRAINT "chk_release_files_md5_sum" CHECK ("md5_sum" IS NULL OR "md5_sum" = '' OR "md5_sum" ~ '^[0-9a-f]{32}$'), CONSTRAINT "chk_release_files_sbom_spdx2_file" CHECK ("sbom_spdx2_file" IS NULL OR "sbom_spdx2_file" = '' OR "sbom_spdx2_file" LIKE 'https://www.python.org/%'), CONSTRAINT "chk_release_files_sigstore_bundle_file" CHECK ("sigstore_bundle_file" IS NULL OR "sigstore_bundle_file" = '' OR "sigstore_bundle_file" LIKE 'https://www.python.org/%'), CONSTRAINT "chk_release_files_sigstore_cert_file" CHECK ("sigstore_cert_file" IS NULL OR "sigstore_cert_file" = '' OR "sigstore_cert_file" LIKE 'https://www.python.org/%'), CONSTRAINT "chk_release_files_sigstore_signature_file" CHECK ("sigstore_signature_file" IS NULL OR "sigstore_signature_file" = '' OR "sigstore_signature_file" LIKE 'https://www.python.org/%'), CONSTRAINT "chk_release_files_gpg_signature_file" CHECK ("gpg_signature_file" IS NULL OR "gpg_signature_file" = '' OR "gpg_signature_file" LIKE 'https://www.python.org/%'), CONSTRAINT "chk_release_files_url" CHECK ("url" IS NULL OR "url" = '' OR "url" LIKE 'https://www.python.org/%'), CONSTRAINT "PK_9089c7c35467bdbe87ada333f01" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_release_files_slug" ON "release_files"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "ix_release_files_os" ON "release_files"  ("os_id") `);
    await queryRunner.query(`CREATE INDEX "ix_release_files_release" ON "release_files"  ("release_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ix_release_files_url" ON "release_files"  ("url") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_one_download_per_os_per_release" ON "release_files"  ("os_id", "release_id") WHERE "download_button" = true`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_category_associations" ("event_id" integer NOT NULL, "category_id" integer NOT NULL, CONSTRAINT "PK_705bd45b42e80041f5db6f4cbab" PRIMARY KEY ("event_id", "category_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0bd57eaa735d67a4211e4bff59" ON "event_category_associations"  ("event_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a1119517610ab3788c8ccb9b7b" ON "event_category_associations"  ("category_id") `);
    await queryRunner.query(
      `ALTER TABLE "calendars" ADD CONSTRAINT "FK_c9f83894e90982b9874fb7da721" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendars" ADD CONSTRAINT "FK_158bdb737f816920b5b896bfb43" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "FK_39f98b48445861611ea17108071" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "FK_cf846d5b8327139af96843b069f" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "fk_events_calendar" FOREIGN KEY ("calendar_id") REFERENCES "calendars"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "fk_events_venue" FOREIGN KEY ("venue_id") REFERENCES "event_locations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_categories" ADD CONSTRAINT "fk_event_categories_calendar" FOREIGN KEY ("calendar_id") REFERENCES "calendars"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_locations" ADD CONSTRAINT "fk_event_locations_calendar" FOREIGN KEY ("calendar_id") REFERENCES "calendars"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "occurring_rules" ADD CONSTRAINT "fk_occurring_rules_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "operating_systems" ADD CONSTRAINT "FK_a513d119686ff0b27b09b682d91" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "operating_systems" ADD CONSTRAINT "FK_219cfdb9c326199075e39a66be3" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recurring_rules" ADD CONSTRAINT "fk_recurring_rules_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "releases" ADD CONSTRAINT "FK_411fef0afd9eba8e63d05dbb20a" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "releases" ADD CONSTRAINT "FK_168707262d5f5632180fbf214e8" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "releases" ADD CONSTRAINT "fk_releases_release_page" FOREIGN KEY ("release_page_id") REFERENCES "pages"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_files" ADD CONSTRAINT "FK_05ead6aedf4b026adeaab15bc69" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_files" ADD CONSTRAINT "FK_03635756e163951dbfe77605e8b" FOREIGN KEY ("last_modified_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_files" ADD CONSTRAINT "fk_release_files_os" FOREIGN KEY ("os_id") REFERENCES "operating_systems"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "release_files" ADD CONSTRAINT "fk_release_files_release" FOREIGN KEY ("release_id") REFERENCES "releases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_category_associations" ADD CONSTRAINT "fk_event_category_associations_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_category_associations" ADD CONSTRAINT "fk_event_category_associations_category" FOREIGN KEY ("category_id") REFERENCES "event_categories"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // Written by hand: what TypeORM cannot express (triggers, expression and DESC indexes).
    await queryRunner.query(`CREATE TRIGGER "trg_calendars_touch" BEFORE UPDATE ON "calendars" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(`CREATE TRIGGER "trg_events_touch" BEFORE UPDATE ON "events" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_event_categories_touch" BEFORE UPDATE ON "event_categories" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_event_locations_touch" BEFORE UPDATE ON "event_locations" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_occurring_rules_touch" BEFORE UPDATE ON "occurring_rules" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_operating_systems_touch" BEFORE UPDATE ON "operating_systems" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_recurring_rules_touch" BEFORE UPDATE ON "recurring_rules" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(`CREATE TRIGGER "trg_releases_touch" BEFORE UPDATE ON "releases" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_release_files_touch" BEFORE UPDATE ON "release_files" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the reverse of the hand-written part of up().
    await queryRunner.query(`DROP TRIGGER "trg_release_files_touch" ON "release_files"`);
    await queryRunner.query(`DROP TRIGGER "trg_releases_touch" ON "releases"`);
    await queryRunner.query(`DROP TRIGGER "trg_recurring_rules_touch" ON "recurring_rules"`);
    await queryRunner.query(`DROP TRIGGER "trg_operating_systems_touch" ON "operating_systems"`);
    await queryRunner.query(`DROP TRIGGER "trg_occurring_rules_touch" ON "occurring_rules"`);
    await queryRunner.query(`DROP TRIGGER "trg_event_locations_touch" ON "event_locations"`);
    await queryRunner.query(`DROP TRIGGER "trg_event_categories_touch" ON "event_categories"`);
    await queryRunner.query(`DROP TRIGGER "trg_events_touch" ON "events"`);
    await queryRunner.query(`DROP TRIGGER "trg_calendars_touch" ON "calendars"`);
    await queryRunner.query(`ALTER TABLE "event_category_associations" DROP CONSTRAINT "fk_event_category_associations_category"`);
    await queryRunner.query(`ALTER TABLE "event_category_associations" DROP CONSTRAINT "fk_event_category_associations_event"`);
    await queryRunner.query(`ALTER TABLE "release_files" DROP CONSTRAINT "fk_release_files_release"`);
    await queryRunner.query(`ALTER TABLE "release_files" DROP CONSTRAINT "fk_release_files_os"`);
    await queryRunner.query(`ALTER TABLE "release_files" DROP CONSTRAINT "FK_03635756e163951dbfe77605e8b"`);
    await queryRunner.query(`ALTER TABLE "release_files" DROP CONSTRAINT "FK_05ead6aedf4b026adeaab15bc69"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "fk_releases_release_page"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "FK_168707262d5f5632180fbf214e8"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "FK_411fef0afd9eba8e63d05dbb20a"`);
    await queryRunner.query(`ALTER TABLE "recurring_rules" DROP CONSTRAINT "fk_recurring_rules_event"`);
    await queryRunner.query(`ALTER TABLE "operating_systems" DROP CONSTRAINT "FK_219cfdb9c326199075e39a66be3"`);
    await queryRunner.query(`ALTER TABLE "operating_systems" DROP CONSTRAINT "FK_a513d119686ff0b27b09b682d91"`);
    await queryRunner.query(`ALTER TABLE "occurring_rules" DROP CONSTRAINT "fk_occurring_rules_event"`);
    await queryRunner.query(`ALTER TABLE "event_locations" DROP CONSTRAINT "fk_event_locations_calendar"`);
    await queryRunner.query(`ALTER TABLE "event_categories" DROP CONSTRAINT "fk_event_categories_calendar"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "fk_events_venue"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "fk_events_calendar"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_cf846d5b8327139af96843b069f"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_39f98b48445861611ea17108071"`);
    await queryRunner.query(`ALTER TABLE "calendars" DROP CONSTRAINT "FK_158bdb737f816920b5b896bfb43"`);
    await queryRunner.query(`ALTER TABLE "calendars" DROP CONSTRAINT "FK_c9f83894e90982b9874fb7da721"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1119517610ab3788c8ccb9b7b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0bd57eaa735d67a4211e4bff59"`);
    await queryRunner.query(`DROP TABLE "event_category_associations"`);
    await queryRunner.query(`DROP INDEX "public"."uq_one_download_per_os_per_release"`);
    await queryRunner.query(`DROP INDEX "public"."ix_release_files_url"`);
    await queryRunner.query(`DROP INDEX "public"."ix_release_files_release"`);
    await queryRunner.query(`DROP INDEX "public"."ix_release_files_os"`);
    await queryRunner.query(`DROP INDEX "public"."uq_release_files_slug"`);
    await queryRunner.query(`DROP TABLE "release_files"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_version_latest"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_latest"`);
    await queryRunner.query(`DROP INDEX "public"."uq_releases_one_latest_per_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_release_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_release_page"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_show_on_download"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_pre_release"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_published"`);
    await queryRunner.query(`DROP INDEX "public"."ix_releases_is_latest"`);
    await queryRunner.query(`DROP INDEX "public"."uq_releases_slug"`);
    await queryRunner.query(`DROP TABLE "releases"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recurring_rules_finish"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recurring_rules_event"`);
    await queryRunner.query(`DROP TABLE "recurring_rules"`);
    await queryRunner.query(`DROP INDEX "public"."uq_operating_systems_slug"`);
    await queryRunner.query(`DROP TABLE "operating_systems"`);
    await queryRunner.query(`DROP INDEX "public"."ix_occurring_rules_dt_start"`);
    await queryRunner.query(`DROP TABLE "occurring_rules"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_locations_calendar"`);
    await queryRunner.query(`DROP TABLE "event_locations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_categories_calendar"`);
    await queryRunner.query(`DROP INDEX "public"."uq_event_categories_slug"`);
    await queryRunner.query(`DROP TABLE "event_categories"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_upcoming"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_featured"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_venue"`);
    await queryRunner.query(`DROP INDEX "public"."ix_events_calendar"`);
    await queryRunner.query(`DROP TABLE "events"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendars_slug"`);
    await queryRunner.query(`DROP TABLE "calendars"`);
  }
}
