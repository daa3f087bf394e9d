import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Value rules (issue 14, docs/api.md "Value rules"), from the helpers of server/entities/checks.ts:
 * one slug rule on every slug; page paths without "." or ".." segments; http(s) URL fields
 * (calendars' url, rss, embed and twitter, jobs.url, releases.release_notes_url); stored file paths
 * that are relative paths of safe segments or https URLs; e-mail addresses; usernames NFKC-normalised
 * without spaces, controls or invisible characters; searchable text at most 200,000 characters, so
 * its full-text vector fits PostgreSQL's 1 MB.
 *
 * Constraints are validated as they are added: a database holding a value that breaks a rule refuses
 * this migration (it rolls back, naming the constraint); correct those rows first.
 */
export class ValueRules1796600000000 implements MigrationInterface {
  name = 'ValueRules1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "chk_users_email" CHECK ("email" ~ '^[A-Za-z0-9.!#$%&''*+/=?^_\`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "chk_users_username" CHECK ("username" IS NFKC NORMALIZED AND "username" ~ '^[^\\u0001-\\u0020\\u007F-\\u00A0\\u00AD\\u034F\\u1680\\u180E\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u3000\\u3164\\uFEFF\\uFFA0]+$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "chk_memberships_email_address" CHECK ("email_address" ~ '^[A-Za-z0-9.!#$%&''*+/=?^_\`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$')`,
    );
    await queryRunner.query(`ALTER TABLE "pages" ADD CONSTRAINT "chk_pages_content" CHECK (char_length("content") <= 200000)`);
    await queryRunner.query(`ALTER TABLE "pages" DROP CONSTRAINT "chk_pages_path"`);
    await queryRunner.query(
      `ALTER TABLE "pages" ADD CONSTRAINT "chk_pages_path" CHECK ("path" ~ '^(?!\\.\\.?(/|$))[a-z0-9._-]+(/(?!\\.\\.?(/|$))[a-z0-9._-]+)*$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "page_images" ADD CONSTRAINT "chk_page_images_image" CHECK ("image" ~ '^([A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*|https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?)$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "page_documents" ADD CONSTRAINT "chk_page_documents_document" CHECK ("document" ~ '^([A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*|https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?)$')`,
    );
    await queryRunner.query(`ALTER TABLE "boxes" ADD CONSTRAINT "chk_boxes_content" CHECK (char_length("content") <= 200000)`);
    await queryRunner.query(
      `ALTER TABLE "operating_systems" ADD CONSTRAINT "chk_operating_systems_slug" CHECK ("slug" ~ '^[-a-zA-Z0-9_]+$')`,
    );
    await queryRunner.query(`ALTER TABLE "releases" ADD CONSTRAINT "chk_releases_content" CHECK (char_length("content") <= 200000)`);
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "chk_releases_release_notes_url"`);
    await queryRunner.query(
      `ALTER TABLE "releases" ADD CONSTRAINT "chk_releases_release_notes_url" CHECK ("release_notes_url" IS NULL OR "release_notes_url" = '' OR "release_notes_url" ~ '^https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?$')`,
    );
    await queryRunner.query(`ALTER TABLE "releases" ADD CONSTRAINT "chk_releases_slug" CHECK ("slug" ~ '^[-a-zA-Z0-9_]+$')`);
    await queryRunner.query(`ALTER TABLE "release_files" ADD CONSTRAINT "chk_release_files_slug" CHECK ("slug" ~ '^[-a-zA-Z0-9_]+$')`);
    await queryRunner.query(
      `ALTER TABLE "calendars" ADD CONSTRAINT "chk_calendars_embed" CHECK ("embed" IS NULL OR "embed" = '' OR "embed" ~ '^https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendars" ADD CONSTRAINT "chk_calendars_rss" CHECK ("rss" IS NULL OR "rss" = '' OR "rss" ~ '^https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?$')`,
    );
    await queryRunner.query(`ALTER TABLE "calendars" ADD CONSTRAINT "chk_calendars_slug" CHECK ("slug" ~ '^[-a-zA-Z0-9_]+$')`);
    await queryRunner.query(
      `ALTER TABLE "calendars" ADD CONSTRAINT "chk_calendars_twitter" CHECK ("twitter" IS NULL OR "twitter" = '' OR "twitter" ~ '^https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendars" ADD CONSTRAINT "chk_calendars_url" CHECK ("url" IS NULL OR "url" = '' OR "url" ~ '^https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_categories" ADD CONSTRAINT "chk_event_categories_slug" CHECK ("slug" ~ '^[-a-zA-Z0-9_]+$')`,
    );
    await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "chk_events_description" CHECK (char_length("description") <= 200000)`);
    await queryRunner.query(`ALTER TABLE "job_categories" ADD CONSTRAINT "chk_job_categories_slug" CHECK ("slug" ~ '^[-a-zA-Z0-9_]+$')`);
    await queryRunner.query(`ALTER TABLE "job_types" ADD CONSTRAINT "chk_job_types_slug" CHECK ("slug" ~ '^[-a-zA-Z0-9_]+$')`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD CONSTRAINT "chk_jobs_description" CHECK (char_length("description") <= 200000)`);
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD CONSTRAINT "chk_jobs_email" CHECK ("email" ~ '^[A-Za-z0-9.!#$%&''*+/=?^_\`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$')`,
    );
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "chk_jobs_url"`);
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD CONSTRAINT "chk_jobs_url" CHECK ("url" ~ '^https?://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?$')`,
    );
    await queryRunner.query(`ALTER TABLE "posts" ADD CONSTRAINT "chk_posts_content" CHECK (char_length("content") <= 200000)`);
    await queryRunner.query(
      `ALTER TABLE "photos" ADD CONSTRAINT "chk_photos_image" CHECK ("image" IS NULL OR "image" = '' OR "image" ~ '^([A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*|https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?)$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "videos" ADD CONSTRAINT "chk_videos_video_data" CHECK ("video_data" IS NULL OR "video_data" = '' OR "video_data" ~ '^([A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*|https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?)$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsors" ADD CONSTRAINT "chk_sponsors_description" CHECK (char_length("description") <= 200000)`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsors" ADD CONSTRAINT "chk_sponsors_print_logo" CHECK ("print_logo" IS NULL OR "print_logo" = '' OR "print_logo" ~ '^([A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*|https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?)$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsors" ADD CONSTRAINT "chk_sponsors_web_logo" CHECK ("web_logo" ~ '^([A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*|https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?)$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsors" ADD CONSTRAINT "chk_sponsors_white_logo" CHECK ("white_logo" IS NULL OR "white_logo" = '' OR "white_logo" ~ '^([A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*|https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)?)$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "sponsor_contacts" ADD CONSTRAINT "chk_sponsor_contacts_email" CHECK ("email" ~ '^[A-Za-z0-9.!#$%&''*+/=?^_\`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "nominations" ADD CONSTRAINT "chk_nominations_email" CHECK ("email" IS NULL OR "email" = '' OR "email" ~ '^[A-Za-z0-9.!#$%&''*+/=?^_\`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$')`,
    );
    await queryRunner.query(`ALTER TABLE "minutes" ADD CONSTRAINT "chk_minutes_content" CHECK (char_length("content") <= 200000)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "chk_minutes_content"`);
    await queryRunner.query(`ALTER TABLE "nominations" DROP CONSTRAINT "chk_nominations_email"`);
    await queryRunner.query(`ALTER TABLE "sponsor_contacts" DROP CONSTRAINT "chk_sponsor_contacts_email"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP CONSTRAINT "chk_sponsors_white_logo"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP CONSTRAINT "chk_sponsors_web_logo"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP CONSTRAINT "chk_sponsors_print_logo"`);
    await queryRunner.query(`ALTER TABLE "sponsors" DROP CONSTRAINT "chk_sponsors_description"`);
    await queryRunner.query(`ALTER TABLE "videos" DROP CONSTRAINT "chk_videos_video_data"`);
    await queryRunner.query(`ALTER TABLE "photos" DROP CONSTRAINT "chk_photos_image"`);
    await queryRunner.query(`ALTER TABLE "posts" DROP CONSTRAINT "chk_posts_content"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "chk_jobs_url"`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD CONSTRAINT "chk_jobs_url" CHECK ("url" ~ '^https?://')`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "chk_jobs_email"`);
    await queryRunner.query(`ALTER TABLE "jobs" DROP CONSTRAINT "chk_jobs_description"`);
    await queryRunner.query(`ALTER TABLE "job_types" DROP CONSTRAINT "chk_job_types_slug"`);
    await queryRunner.query(`ALTER TABLE "job_categories" DROP CONSTRAINT "chk_job_categories_slug"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "chk_events_description"`);
    await queryRunner.query(`ALTER TABLE "event_categories" DROP CONSTRAINT "chk_event_categories_slug"`);
    await queryRunner.query(`ALTER TABLE "calendars" DROP CONSTRAINT "chk_calendars_url"`);
    await queryRunner.query(`ALTER TABLE "calendars" DROP CONSTRAINT "chk_calendars_twitter"`);
    await queryRunner.query(`ALTER TABLE "calendars" DROP CONSTRAINT "chk_calendars_slug"`);
    await queryRunner.query(`ALTER TABLE "calendars" DROP CONSTRAINT "chk_calendars_rss"`);
    await queryRunner.query(`ALTER TABLE "calendars" DROP CONSTRAINT "chk_calendars_embed"`);
    await queryRunner.query(`ALTER TABLE "release_files" DROP CONSTRAINT "chk_release_files_slug"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "chk_releases_slug"`);
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "chk_releases_release_notes_url"`);
    await queryRunner.query(
      `ALTER TABLE "releases" ADD CONSTRAINT "chk_releases_release_notes_url" CHECK ("release_notes_url" IS NULL OR "release_notes_url" = '' OR "release_notes_url" ~ '^https?://')`,
    );
    await queryRunner.query(`ALTER TABLE "releases" DROP CONSTRAINT "chk_releases_content"`);
    await queryRunner.query(`ALTER TABLE "operating_systems" DROP CONSTRAINT "chk_operating_systems_slug"`);
    await queryRunner.query(`ALTER TABLE "boxes" DROP CONSTRAINT "chk_boxes_content"`);
    await queryRunner.query(`ALTER TABLE "page_documents" DROP CONSTRAINT "chk_page_documents_document"`);
    await queryRunner.query(`ALTER TABLE "page_images" DROP CONSTRAINT "chk_page_images_image"`);
    await queryRunner.query(`ALTER TABLE "pages" DROP CONSTRAINT "chk_pages_path"`);
    await queryRunner.query(`ALTER TABLE "pages" ADD CONSTRAINT "chk_pages_path" CHECK ("path" ~ '^[a-z0-9.-]+(/[a-z0-9.-]+)*$')`);
    await queryRunner.query(`ALTER TABLE "pages" DROP CONSTRAINT "chk_pages_content"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "chk_memberships_email_address"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "chk_users_username"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "chk_users_email"`);
  }
}
