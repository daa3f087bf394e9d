import type { EntityManager } from 'typeorm';
import { BlogEntry } from '../../entities/BlogEntry.js';
import { BlogFeed } from '../../entities/BlogFeed.js';
import { Election } from '../../entities/Election.js';
import { ElectionKind } from '../../entities/ElectionKind.js';
import { Link } from '../../entities/Link.js';
import { Minutes } from '../../entities/Minutes.js';
import { Nomination } from '../../entities/Nomination.js';
import { Nominee } from '../../entities/Nominee.js';
import { Photo } from '../../entities/Photo.js';
import { Post } from '../../entities/Post.js';
import { Sponsor } from '../../entities/Sponsor.js';
import { Video } from '../../entities/Video.js';
import { SponsorBenefit } from '../../entities/SponsorBenefit.js';
import { SponsorContact } from '../../entities/SponsorContact.js';
import { Sponsorship } from '../../entities/Sponsorship.js';
import { SponsorshipTransition } from '../../entities/SponsorshipTransition.js';
import { Contract } from '../../entities/Contract.js';
import { ContractTransition } from '../../entities/ContractTransition.js';
import { contractTexts } from '../../sponsorships/contractTexts.js';
import { SponsorshipBenefit } from '../../entities/SponsorshipBenefit.js';
import { SponsorshipPackage } from '../../entities/SponsorshipPackage.js';
import { SponsorshipProgram } from '../../entities/SponsorshipProgram.js';
import { WorkGroup } from '../../entities/WorkGroup.js';
import type { DemoPeople } from './people.js';

async function seedSponsors(em: EntityManager, people: DemoPeople): Promise<void> {
  const stamps = { creator_id: people.editor.id, last_modified_by_id: people.editor.id };
  const sponsors = await em.getRepository(Sponsor).save(
    [
      ['Snake Oil Cloud', 'US', 'Seattle'],
      ['Bytecode Bank', 'GB', 'London'],
      ['Tensor Works', 'DE', 'Munich'],
    ].map(([name, country, city]) => ({
      name,
      description: `${name} supports the Python community.`,
      web_logo: `sponsor_web_logos/${name.toLowerCase().replace(/ /g, '-')}.png`,
      landing_page_url: `https://${name.toLowerCase().replace(/ /g, '')}.example.com/`,
      primary_phone: '+1 555 0100',
      mailing_address_line_1: '1 Main Street',
      city,
      postal_code: '00000',
      country,
      ...stamps,
    })),
  );
  await em.getRepository(SponsorContact).insert(
    sponsors.map((s, i) => ({
      sponsor_id: s.id,
      name: `Contact ${i + 1}`,
      email: `sponsorship@${s.name.toLowerCase().replace(/ /g, '')}.example.com`,
      phone: '+1 555 0101',
      primary: true,
      manager: i === 0,
    })),
  );
  const [foundation, pycon] = await em.getRepository(SponsorshipProgram).save([
    { name: 'Foundation', description: 'Supports the PSF as a whole.', order: 1 },
    { name: 'PyCon US', description: 'Benefits at the conference.', order: 2 },
  ]);
  const [visionary, sustainability] = await em.getRepository(SponsorshipPackage).save([
    { name: 'Visionary', slug: 'visionary', sponsorship_amount: 150_000, advertise: true, year: 2027, order: 1 },
    { name: 'Sustainability', slug: 'sustainability', sponsorship_amount: 80_000, advertise: true, year: 2027, order: 2 },
  ]);
  const [logo, booth] = await em.getRepository(SponsorshipBenefit).save([
    {
      name: 'Logo on python.org',
      program_id: foundation.id,
      packages: [visionary, sustainability],
      year: 2027,
      order: 1,
      internal_value: 5_000,
    },
    { name: 'Booth at PyCon US', program_id: pycon.id, packages: [visionary], year: 2027, order: 2, capacity: 20, internal_value: 10_000 },
  ]);
  // One of each state a reviewer meets: waiting for review, approved (with its draft contract), rejected.
  const statuses = ['applied', 'approved', 'rejected'] as const;
  for (const [i, sponsor] of sponsors.entries()) {
    const pkg = i === 0 ? visionary : sustainability;
    const sponsorship = await em.getRepository(Sponsorship).save({
      sponsor_id: sponsor.id,
      submitted_by_id: people.submitters[i].id,
      status: statuses[i],
      locked: statuses[i] !== 'applied',
      package_id: pkg.id,
      sponsorship_fee: pkg.sponsorship_amount,
      year: 2027,
      approved_on: statuses[i] === 'approved' ? '2026-09-01' : null,
      rejected_on: statuses[i] === 'rejected' ? '2026-09-02' : null,
      start_date: statuses[i] === 'approved' ? '2027-01-01' : null,
      end_date: statuses[i] === 'approved' ? '2027-12-31' : null,
    });
    if (statuses[i] !== 'applied') {
      const reason = statuses[i] === 'rejected' ? 'The package asked for is sold out for 2027; please apply for Sustainability.' : null;
      await em.getRepository(SponsorshipTransition).insert({
        sponsorship_id: sponsorship.id,
        action: statuses[i] === 'approved' ? 'approve' : 'reject',
        from_status: 'applied',
        to_status: statuses[i],
        reason,
        actor_id: people.editor.id,
      });
    }
    const benefits = i === 0 ? [logo, booth] : [logo];
    await em.getRepository(SponsorBenefit).insert(
      benefits.map((b, order) => ({
        sponsorship_id: sponsorship.id,
        sponsorship_benefit_id: b.id,
        program_id: b.program_id,
        program_name: b.program_id === foundation.id ? foundation.name : pycon.name,
        name: b.name,
        order,
        benefit_internal_value: b.internal_value,
      })),
    );
    if (statuses[i] === 'approved') {
      // The draft awaiting its sending, and the first draft, outdated when the benefits changed.
      const texts = await contractTexts({ query: (text, values) => em.query(text, values) }, sponsorship.id);
      await em.getRepository(Contract).insert({ sponsorship_id: sponsorship.id, ...texts, revision: 3 });
      const { identifiers } = await em
        .getRepository(Contract)
        .insert({ sponsorship_id: sponsorship.id, ...texts, revision: 2, status: 'outdated' });
      await em.getRepository(ContractTransition).insert({
        contract_id: identifiers[0].id as number,
        action: 'outdate',
        from_status: 'draft',
        to_status: 'outdated',
        reason: 'The fee was agreed anew after the package review.',
        actor_id: people.editor.id,
      });
    }
  }
}

async function seedGovernance(em: EntityManager, people: DemoPeople): Promise<void> {
  const stamps = { creator_id: people.editor.id, last_modified_by_id: people.editor.id };
  const kind = await em.getRepository(ElectionKind).save({ name: 'PSF Board', slug: 'psf-board', nomination_form: 'board' });
  const election = await em.getRepository(Election).save({
    name: '2027 Board Election',
    slug: '2027-board-election',
    date: '2027-09-15',
    kind_id: kind.id,
    nominations_open_at: new Date('2027-07-01T00:00:00Z'),
    nominations_close_at: new Date('2027-07-31T23:59:59Z'),
    description: 'Elect four directors of the **PSF Board**.',
    description_markup_type: 'markdown',
  });
  const [ada, grace] = people.submitters;
  const nominee = await em
    .getRepository(Nominee)
    .save({ election_id: election.id, user_id: ada.id, accepted: true, approved: true, slug: 'ada-lovelace' });
  await em.getRepository(Nomination).insert({
    election_id: election.id,
    nominee_id: nominee.id,
    nominator_id: grace.id,
    name: 'Ada Lovelace',
    email: ada.email,
    previous_board_service: 'None',
    employer: 'Analytical Engines Ltd',
    nomination_statement: 'Ada wrote the first program.',
    nomination_statement_markup_type: 'markdown',
    accepted: true,
    approved: true,
    coc_acknowledged: true,
    eligibility_confirmed: true,
  });
  await em.getRepository(Minutes).insert([
    {
      date: '2026-10-14',
      content: 'Board meeting\n=============\n\nThe board approved the 2027 budget.',
      content_markup_type: 'rst',
      is_published: true,
      ...stamps,
    },
    { date: '2026-11-11', content: 'Draft minutes, not yet approved.', content_markup_type: 'rst', is_published: false, ...stamps },
  ]);
  const texts = {
    purpose: 'Improve the packaging experience.',
    active_time: 'Ongoing',
    core_values: 'Openness',
    rules: 'Consensus',
    communication: 'Discourse',
  };
  await em.getRepository(WorkGroup).save([
    {
      name: 'Packaging Work Group',
      slug: 'packaging-wg',
      approved: true,
      short_description: 'Packaging and PyPI.',
      url: 'https://wiki.python.org/psf/PackagingWG',
      organizers: [people.editor],
      members: [ada, grace],
      ...texts,
      ...stamps,
    },
    {
      name: 'Education Work Group',
      slug: 'education-wg',
      approved: false,
      short_description: 'Teaching Python.',
      organizers: [grace],
      members: [grace],
      ...texts,
      ...stamps,
    },
  ]);
}

async function seedCommunity(em: EntityManager, people: DemoPeople): Promise<void> {
  const stamps = { creator_id: people.editor.id, last_modified_by_id: people.editor.id };
  const [photoPost, linkPost] = await em.getRepository(Post).save([
    { title: 'PyCon US sprint photos', content: '<p>Thanks to everyone who sprinted!</p>', media_type: 2, status: 2, ...stamps },
    {
      title: 'Python 3.14 released',
      content: '<p>Read the announcement.</p>',
      media_type: 4,
      status: 2,
      source_url: 'https://blog.python.org/',
      ...stamps,
    },
    { title: 'Draft post', content: '<p>Not public yet.</p>', media_type: 1, status: 1, ...stamps },
  ]);
  await em.getRepository(Photo).insert({
    post_id: photoPost.id,
    image_url: 'https://www.python.org/static/community_logos/python-logo.png',
    caption: 'Sprinters',
    ...stamps,
  });
  await em
    .getRepository(Link)
    .insert({ post_id: linkPost.id, url: 'https://blog.python.org/2025/10/python-3140-final-is-here.html', ...stamps });
  const videoPost = await em
    .getRepository(Post)
    .save({ title: 'PyCon US keynote', content: '<p>Watch the keynote.</p>', media_type: 3, status: 2, ...stamps });
  await em.getRepository(Video).insert({
    post_id: videoPost.id,
    video_embed: '<iframe src="https://www.youtube-nocookie.com/embed/keynote"></iframe>',
    caption: 'Keynote',
    ...stamps,
  });
}

/** The blog python.org shows, with a few of its posts (the blog-import task keeps them current when it can reach it). */
async function seedBlogs(em: EntityManager): Promise<void> {
  const feed = await em.getRepository(BlogFeed).save({
    name: 'Python Insider',
    website_url: 'https://blog.python.org/',
    feed_url: 'https://pythoninsider.blogspot.com/feeds/posts/default?alt=rss',
  });
  await em.getRepository(BlogEntry).insert([
    {
      feed_id: feed.id,
      title: 'Python 3.14.0 final is here!',
      summary: 'The next major version of Python is here.',
      url: 'https://blog.python.org/2025/10/python-3140-final-is-here.html',
      pub_date: new Date('2025-10-07T15:00:00Z'),
    },
    {
      feed_id: feed.id,
      title: 'Python 3.13.9 is now available',
      summary: 'A maintenance release.',
      url: 'https://blog.python.org/2025/10/python-3139-is-now-available.html',
      pub_date: new Date('2025-10-14T12:00:00Z'),
    },
  ]);
}

export async function seedOrganisation(em: EntityManager, people: DemoPeople): Promise<void> {
  await seedBlogs(em);
  await seedSponsors(em, people);
  await seedGovernance(em, people);
  await seedCommunity(em, people);
}
