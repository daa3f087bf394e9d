import { describeOccurrence, describeRecurrence, type RecurrenceInput } from '../../../../server/domain/recurrence';

type Child = Record<string, unknown>;

/** How a version's owned records (a release's files) are told apart and named in a comparison. */
export interface ChildKind {
  /** The heading of their section, e.g. "Files". */
  label: string;
  /** The natural key two versions' children are matched by: a file is the same file if its URL is. */
  key: string;
  /** How one of them reads in a list ("python-3.14.0-amd64.exe", "Every week on Tuesday…"). */
  describe: (child: Child) => string;
}

export interface VersionedResource {
  /** What "the record" is called in sentences ("Restore this page to version 3?"). */
  noun: string;
  children: Record<string, ChildKind>;
  /** Whether a record is live, so it may have a draft; without it, records are live as soon as saved (a box). */
  isLive?: (record: Child) => boolean;
  /** Its published flag can be cleared, so a schedule may also unpublish it. */
  unpublishable?: boolean;
  /** The label of the form's version_comment input, when "Version comment" would be mistaken for another field. */
  commentLabel?: string;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/**
 * The resources whose saves are numbered versions (docs/api.md, "Versions"). The server says so only
 * in its OpenAPI paths (/api/{resource}/{id}/versions), not in GET /api/meta/resources, so the list
 * is kept here, once: a resource added to the server's `versions` gets its panel by a line here.
 * The same resources have drafts, scheduled publishing and preview links (docs/api.md, "Drafts,
 * scheduled publishing and preview links").
 */
export const VERSIONED_RESOURCES: Record<string, VersionedResource> = {
  pages: { noun: 'page', children: {}, isLive: (page) => page.is_published === true, unpublishable: true },
  boxes: { noun: 'box', children: {} },
  releases: {
    noun: 'release',
    isLive: (release) => release.is_published === true,
    unpublishable: true,
    children: {
      'release-files': { label: 'Files', key: 'url', describe: (f) => text(f.name) ?? String(f.url) },
    },
  },
  events: {
    noun: 'event',
    children: {
      'occurring-rules': {
        label: 'One-off dates',
        key: 'id',
        describe: (rule) => describeOccurrence(rule) || `One-off date #${rule.id}`,
      },
      'recurring-rules': {
        label: 'Recurrences',
        key: 'id',
        describe: (rule) => describeRecurrence(rule as unknown as RecurrenceInput) || `Recurrence #${rule.id}`,
      },
    },
  },
  sponsors: { noun: 'sponsor', children: {} },
  // Beside a job's review "Comment" box (seen by its submitter), the version's note must not read as another comment.
  jobs: { noun: 'job', children: {}, isLive: (job) => job.status === 'approved', commentLabel: 'Version note' },
};

export const versionedResource = (resource: string | undefined): VersionedResource | undefined =>
  resource ? VERSIONED_RESOURCES[resource] : undefined;
