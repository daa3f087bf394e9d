import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/passwords.js';
import { Membership } from '../../entities/Membership.js';
import { Role } from '../../entities/Role.js';
import { User } from '../../entities/User.js';

export interface DemoPeople {
  editor: User;
  releaseManager: User;
  moderator: User;
  submitters: User[];
}

/**
 * Demo accounts sign in only with a password the caller chose (server/seed/demoSignIn.ts): a demo
 * loaded on a real server must not open known doors. Without one their hash is one no password matches.
 */
const UNUSABLE = '!unusable';

export async function seedPeople(em: EntityManager, password: string | undefined): Promise<DemoPeople> {
  const roles = await em.getRepository(Role).find(); // created by the migrations
  const bySlug = (slug: string) => roles.filter((r) => r.slug === slug);
  const password_hash = password ? await hashPassword(password) : UNUSABLE;
  const users = em.getRepository(User);
  const [editor, releaseManager, moderator] = await users.save([
    {
      username: 'ewa',
      email: 'ewa@python.org',
      first_name: 'Ewa',
      last_name: 'Jodlowska',
      is_staff: true,
      password_hash,
      roles: bySlug('content_editor'),
    },
    {
      username: 'hugo',
      email: 'hugo@python.org',
      first_name: 'Hugo',
      last_name: 'van Kemenade',
      is_staff: true,
      password_hash,
      roles: bySlug('release_manager'),
    },
    {
      username: 'marie',
      email: 'marie@python.org',
      first_name: 'Marie',
      last_name: 'Nordin',
      is_staff: true,
      password_hash,
      roles: bySlug('job_moderator'),
    },
  ]);
  const submitters = await users.save(
    ['Ada Lovelace', 'Grace Hopper', 'Guido Rossum', 'Katherine Johnson', 'Alan Kay'].map((full) => {
      const [first, last] = full.split(' ');
      const username = `${first}.${last}`.toLowerCase();
      return { username, email: `${username}@example.org`, first_name: first, last_name: last, password_hash, bio: `Hi, I am ${first}.` };
    }),
  );
  await em.getRepository(Membership).insert(
    submitters.map((user, i) => ({
      creator_id: user.id,
      membership_type: [0, 1, 4, 5, 2][i],
      legal_name: `${user.first_name} ${user.last_name}`,
      preferred_name: user.first_name ?? user.username,
      email_address: user.email,
      city: ['London', 'New York', 'Amsterdam', 'Hampton', 'Boston'][i],
      country: ['United Kingdom', 'United States', 'Netherlands', 'United States', 'United States'][i],
      psf_code_of_conduct: true,
      psf_announcements: i % 2 === 0,
      votes: i !== 0,
      last_vote_affirmation: i !== 0 ? new Date(Date.UTC(2026, i, 15)) : null,
    })),
  );
  return { editor, releaseManager, moderator, submitters };
}
