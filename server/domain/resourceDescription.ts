/**
 * What `GET /api/meta/resources` answers: each resource's fields, references, filters and sorts.
 * Types only, shared by the server (server/crud/describe.ts) and the admin's generic screens.
 */

export type FieldKind = 'integer' | 'string' | 'boolean' | 'timestamp' | 'date' | 'json' | 'ids';

export interface FieldDescription {
  name: string;
  kind: FieldKind;
  nullable: boolean;
  writable: boolean;
  /** Must be sent when creating (no default, not nullable). */
  required: boolean;
  maxLength?: number;
  minLength?: number;
  min?: number;
  /** Sent but never returned (a new user's password). */
  writeOnly?: boolean;
  /** A write-only field that is a note, not a secret (a version comment): typed in plain sight. */
  note?: boolean;
  choices?: readonly (string | number)[];
  pattern?: { source: string; message?: string };
  /** The server stores the value in this Unicode normal form (usernames: NFKC); the pattern applies to it. */
  normalize?: 'NFKC';
  prefix?: string;
  /** The resource a foreign key or an id list points at. */
  reference?: string;
  /** A file of the media library: the kind it must be (any when absent), and whether an image there needs alt text. */
  media?: { kind?: 'image' | 'document'; needsAlt?: boolean };
}

export interface ResourceDescription {
  name: string;
  operations: string[];
  fields: FieldDescription[];
  filters: string[];
  sort: string[];
  defaultSort: [string, 'ASC' | 'DESC'];
  /** Whether `q` is served (full-text or substring). */
  search: boolean;
}
