import type { Readable } from 'node:stream';

/** Bytes `start` to `end`, both included, as HTTP's Range counts them. */
export interface ByteRange {
  start: number;
  end: number;
}

/** An object read back: its bytes as a stream (the range asked for, or all), and its whole size. */
export interface StoredObject {
  body: Readable;
  /** The size of the whole object, whatever range was read. */
  bytes: number;
}

/**
 * Where media files live: a directory on this machine (one instance) or an S3-compatible bucket
 * (several instances). Keys are content-addressed paths such as `ab/abcdef…/original`; writing a
 * key that exists writes the same bytes again. Nothing here buffers a whole file in memory.
 */
export interface MediaStore {
  /** Which store this is, for logs and the README: "disk" or "s3". */
  readonly kind: 'disk' | 's3';
  /** Stores the file at `sourcePath` (a finished temporary file) under `key`, streamed. */
  put(key: string, sourcePath: string, contentType: string): Promise<void>;
  /** The object, or the bytes of `range`; undefined when there is no such key. */
  get(key: string, range?: ByteRange): Promise<StoredObject | undefined>;
  /** Whether the key exists. */
  has(key: string): Promise<boolean>;
  /** Removes the key; no error when it is already gone. */
  remove(key: string): Promise<void>;
  /** A URL that downloads the key directly for `seconds` (S3 presigned); undefined when the store has none (disk). */
  signedUrl(key: string, seconds: number, fileName: string): Promise<string | undefined>;
}
