import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CoreTables1764000001000 implements MigrationInterface {
  name = 'CoreTables1764000001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "auth_tokens" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "user_id" integer NOT NULL, "name" character varying(100) NOT NULL, "token_hash" character varying(64) NOT NULL, "token_prefix" character varying(16) NOT NULL, "expires" TIMESTAMP WITH TIME ZONE, "last_used" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_41e9ddfbb32da18c4e85e45c2fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_auth_tokens_user" ON "auth_tokens"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_auth_tokens_token_hash" ON "auth_tokens"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "memberships" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "creator_id" integer NOT NULL, "membership_type" integer NOT NULL DEFAULT '0', "legal_name" character varying(100) NOT NULL, "preferred_name" character varying(100) NOT NULL, "email_address" character varying(100) NOT NULL, "city" character varying(100), "region" character varying(100), "country" character varying(100), "postal_code" character varying(20), "psf_code_of_conduct" boolean, "psf_announcements" boolean, "votes" boolean NOT NULL DEFAULT false, "last_vote_affirmation" TIMESTAMP WITH TIME ZONE, CONSTRAINT "REL_9b98b4cbb463f74474f3930001" UNIQUE ("creator_id"), CONSTRAINT "chk_memberships_membership_type" CHECK ("membership_type" IN (0, 1, 2, 4, 5)), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "roles" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "slug" character varying(50) NOT NULL, "name" character varying(100) NOT NULL, "description" text, CONSTRAINT "chk_roles_slug" CHECK ("slug" IN ('content_editor', 'release_manager', 'job_moderator')), CONSTRAINT "PK_c1433d71a4838793a49dcad46ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ix_roles_slug" ON "roles"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("sid" character varying(255) NOT NULL, "sess" jsonb NOT NULL, "expire" TIMESTAMP WITH TIME ZONE NOT NULL, "user_id" integer, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e2d6172ca19b8ebef797c362b05" PRIMARY KEY ("sid"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_expire" ON "sessions"  ("expire") `);
    await queryRunner.query(`CREATE INDEX "ix_sessions_user" ON "sessions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" SERIAL NOT NULL, "created" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "row_version" integer NOT NULL DEFAULT '1', "username" character varying(150) NOT NULL, "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "first_name" character varying(150), "last_name" character varying(150), "is_active" boolean NOT NULL DEFAULT true, "is_staff" boolean NOT NULL DEFAULT false, "is_superuser" boolean NOT NULL DEFAULT false, "bio" text, "bio_markup_type" character varying(30) NOT NULL DEFAULT 'markdown', "search_visibility" integer NOT NULL DEFAULT '1', "email_privacy" integer NOT NULL DEFAULT '2', "public_profile" boolean NOT NULL DEFAULT true, CONSTRAINT "chk_users_email_privacy" CHECK ("email_privacy" IN (0, 1, 2)), CONSTRAINT "chk_users_search_visibility" CHECK ("search_visibility" IN (0, 1)), CONSTRAINT "chk_users_bio_markup_type" CHECK ("bio_markup_type" IN ('rst', 'markdown', 'html', 'text')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ix_users_username" ON "users"  ("username") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ix_users_email" ON "users"  ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_users_active" ON "users"  ("is_active") WHERE "is_active" = true`);
    await queryRunner.query(`CREATE INDEX "ix_users_created" ON "users"  ("created") `);
    await queryRunner.query(
      `CREATE TABLE "user_roles" ("user_id" integer NOT NULL, "role_id" integer NOT NULL, CONSTRAINT "PK_23ed6f04fe43066df08379fd034" PRIMARY KEY ("user_id", "role_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_87b8888186ca9769c960e92687" ON "user_roles"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b23c65e50a758245a33ee35fda" ON "user_roles"  ("role_id") `);
    await queryRunner.query(
      `ALTER TABLE "auth_tokens" ADD CONSTRAINT "fk_auth_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "fk_memberships_creator" FOREIGN KEY ("creator_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_roles" ADD CONSTRAINT "fk_user_roles_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_roles" ADD CONSTRAINT "fk_user_roles_role" FOREIGN KEY ("role_id") REFERENCES "roles"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // Written by hand: what TypeORM cannot express (triggers, expression and DESC indexes).
    await queryRunner.query(
      `CREATE FUNCTION touch_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); NEW.row_version := OLD.row_version + 1; RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION touch_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_username_lower" ON "users" (lower("username"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email_lower" ON "users" (lower("email"))`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_sessions_touch" BEFORE UPDATE ON "sessions" FOR EACH ROW EXECUTE FUNCTION touch_updated()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_auth_tokens_touch" BEFORE UPDATE ON "auth_tokens" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_memberships_touch" BEFORE UPDATE ON "memberships" FOR EACH ROW EXECUTE FUNCTION touch_row()`,
    );
    await queryRunner.query(`CREATE TRIGGER "trg_roles_touch" BEFORE UPDATE ON "roles" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
    await queryRunner.query(`CREATE TRIGGER "trg_users_touch" BEFORE UPDATE ON "users" FOR EACH ROW EXECUTE FUNCTION touch_row()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the reverse of the hand-written part of up().
    await queryRunner.query(`DROP TRIGGER "trg_users_touch" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "trg_roles_touch" ON "roles"`);
    await queryRunner.query(`DROP TRIGGER "trg_memberships_touch" ON "memberships"`);
    await queryRunner.query(`DROP TRIGGER "trg_auth_tokens_touch" ON "auth_tokens"`);
    await queryRunner.query(`DROP TRIGGER "trg_sessions_touch" ON "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email_lower"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_username_lower"`);
    await queryRunner.query(`ALTER TABLE "user_roles" DROP CONSTRAINT "fk_user_roles_role"`);
    await queryRunner.query(`ALTER TABLE "user_roles" DROP CONSTRAINT "fk_user_roles_user"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "fk_memberships_creator"`);
    await queryRunner.query(`ALTER TABLE "auth_tokens" DROP CONSTRAINT "fk_auth_tokens_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b23c65e50a758245a33ee35fda"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_87b8888186ca9769c960e92687"`);
    await queryRunner.query(`DROP TABLE "user_roles"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_active"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_username"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_expire"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_roles_slug"`);
    await queryRunner.query(`DROP TABLE "roles"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP INDEX "public"."uq_auth_tokens_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_auth_tokens_user"`);
    await queryRunner.query(`DROP TABLE "auth_tokens"`);
    await queryRunner.query(`DROP FUNCTION touch_updated()`);
    await queryRunner.query(`DROP FUNCTION touch_row()`);
  }
}
