export type Row = Record<string, unknown>;

/** One problem with one field of one manifest row; `row` counts data rows from 1 (a CSV header is not a row). */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

/** A manifest row that passed every check: column values as they will be written. */
export interface FileInput {
  row: number;
  values: Row;
}

export interface FieldChange {
  old: unknown;
  new: unknown;
}

export interface FileRef {
  id: number;
  url: string;
}

/** What an import does (or would do): docs/api.md, Releases and release files. */
export interface ImportReport {
  create: Row[];
  update: (FileRef & { changes: Record<string, FieldChange> })[];
  unchanged: FileRef[];
  delete: FileRef[];
  errors: RowError[];
}

/** The sidecar files of an artifact and the suffix each adds to the artifact's URL. */
export const SIDECAR_SUFFIXES = {
  gpg_signature_file: '.asc',
  sigstore_signature_file: '.sig',
  sigstore_cert_file: '.crt',
  sigstore_bundle_file: '.sigstore',
  sbom_spdx2_file: '.spdx.json',
} as const;

/** Most rows one request may carry; a release has dozens of files, a scripted bulk load a few thousand. */
export const MAX_ROWS = 10_000;
