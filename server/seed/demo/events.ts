import type { EntityManager } from 'typeorm';
import { Calendar } from '../../entities/Calendar.js';
import { Event } from '../../entities/Event.js';
import { EventCategory } from '../../entities/EventCategory.js';
import { EventLocation } from '../../entities/EventLocation.js';
import { OccurringRule } from '../../entities/OccurringRule.js';
import { RecurringRule } from '../../entities/RecurringRule.js';
import type { DemoPeople } from './people.js';

const day = 24 * 3600 * 1000;

/** Dates relative to now, so the demo always has upcoming and past events. */
function inDays(days: number, hourUtc = 9): Date {
  const d = new Date(Date.now() + days * day);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

export async function seedEvents(em: EntityManager, people: DemoPeople): Promise<void> {
  const stamps = { creator_id: people.editor.id, last_modified_by_id: people.editor.id };
  const [events, groups] = await em.getRepository(Calendar).save([
    {
      name: 'Python Events',
      slug: 'python-events',
      description: 'Conferences and sprints around the world.',
      url: 'https://www.google.com/calendar/ical/j7gov1cmnqr9tvg14k621j7t5c%40group.calendar.google.com/public/basic.ics',
      ...stamps,
    },
    { name: 'Python User Group Events', slug: 'python-user-group', description: 'Local user group meetings.', ...stamps },
  ]);
  const categories = await em.getRepository(EventCategory).save([
    { name: 'Conference', slug: 'conference', calendar_id: events.id },
    { name: 'Sprint', slug: 'sprint', calendar_id: events.id },
    { name: 'Training', slug: 'training', calendar_id: events.id },
    { name: 'User group meeting', slug: 'user-group-meeting', calendar_id: groups.id },
  ]);
  const [conference, sprint, training, meeting] = categories;
  const [pittsburgh, prague, berlin] = await em.getRepository(EventLocation).save([
    {
      name: 'David L. Lawrence Convention Center',
      address: '1000 Fort Duquesne Blvd, Pittsburgh, PA, USA',
      url: 'https://us.pycon.org/',
      calendar_id: events.id,
    },
    { name: 'Prague Congress Centre', address: 'Prague, Czech Republic', url: 'https://ep2027.europython.eu/', calendar_id: events.id },
    { name: 'c-base', address: 'Rungestraße 20, Berlin, Germany', calendar_id: groups.id },
  ]);
  const repo = em.getRepository(Event);
  const oneOff = [
    { title: 'PyCon US 2027', venue: pittsburgh, cats: [conference, sprint], start: 120, days: 6, featured: true },
    { title: 'EuroPython 2027', venue: prague, cats: [conference, training], start: 200, days: 7, featured: true },
    { title: 'PyData Berlin (last year)', venue: berlin, cats: [conference], start: -150, days: 3, featured: false },
  ];
  for (const e of oneOff) {
    const event = await repo.save({
      title: e.title,
      calendar_id: events.id,
      venue_id: e.venue.id,
      featured: e.featured,
      categories: e.cats,
      description: `${e.title}\n${'='.repeat(e.title.length)}\n\nTalks, tutorials and sprints. All welcome.`,
      ...stamps,
    });
    await em
      .getRepository(OccurringRule)
      .insert({ event_id: event.id, dt_start: inDays(e.start), dt_end: inDays(e.start + e.days - 1, 18) });
  }
  const monthly = await repo.save({
    title: 'Berlin Python Pizza night',
    calendar_id: groups.id,
    venue_id: berlin.id,
    categories: [meeting],
    description: 'Talks and pizza, every second Wednesday of the month.',
    description_markup_type: 'markdown',
    ...stamps,
  });
  await em.getRepository(RecurringRule).insert({
    event_id: monthly.id,
    begin: inDays(-60, 18),
    finish: inDays(300, 21),
    frequency: 1,
    interval: 1,
    duration_minutes: 180,
  });
  const fortnightly = await repo.save({
    title: 'CPython core sprint (online)',
    calendar_id: events.id,
    categories: [sprint],
    description: 'Every other week, contributors triage issues together.',
    description_markup_type: 'markdown',
    ...stamps,
  });
  await em.getRepository(RecurringRule).insert({
    event_id: fortnightly.id,
    begin: inDays(-14, 15),
    finish: inDays(180, 17),
    frequency: 2,
    interval: 2,
    duration_minutes: 120,
  });
}
