import type { MigrationInterface, QueryRunner } from 'typeorm';

// table, events, and the payload naming what changed (server/auth/authCache.ts reads it).
const TRIGGERS: [table: string, events: string, payload: string][] = [
  ['users', 'UPDATE OR DELETE', `'user:' || r.id`],
  ['user_roles', 'INSERT OR UPDATE OR DELETE', `'user:' || r.user_id`],
  ['roles', 'UPDATE OR DELETE', `'*'`],
  // Not last_used, which every token's use may write.
  ['auth_tokens', 'UPDATE OF user_id, token_hash, expires OR DELETE', `'user:' || r.user_id`],
  ['sessions', 'UPDATE OR DELETE', `'session:' || r.sid`],
];

/**
 * Every change to who someone is (their account, roles, tokens, sessions) notifies auth_changed in
 * its own transaction, so each server process forgets what it cached of them as the change commits
 * (server/auth/authChanges.ts), whichever process, script or psql session made it.
 */
export class AuthChangeNotify1796800000000 implements MigrationInterface {
  name = 'AuthChangeNotify1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, events, payload] of TRIGGERS) {
      const fn = `notify_auth_changed_${table}`;
      await queryRunner.query(`CREATE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE r record;
        BEGIN
          IF TG_OP = 'TRUNCATE' THEN
            PERFORM pg_notify('auth_changed', '*');
            RETURN NULL;
          END IF;
          -- An update names the row as it was and as it is (a token moved to another user).
          IF TG_OP <> 'INSERT' THEN r := OLD; PERFORM pg_notify('auth_changed', ${payload}); END IF;
          IF TG_OP <> 'DELETE' THEN r := NEW; PERFORM pg_notify('auth_changed', ${payload}); END IF;
          RETURN NULL;
        END $$`);
      await queryRunner.query(`CREATE TRIGGER "${fn}" AFTER ${events} ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${fn}"()`);
      await queryRunner.query(`CREATE TRIGGER "${fn}_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of TRIGGERS) {
      const fn = `notify_auth_changed_${table}`;
      await queryRunner.query(`DROP TRIGGER "${fn}_truncate" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${fn}" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION "${fn}"()`);
    }
  }
}
