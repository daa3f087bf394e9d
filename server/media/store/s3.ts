import fs from 'node:fs';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { contentDisposition } from '../disposition.js';
import type { MediaStore } from './types.js';

export interface S3Options {
  bucket: string;
  /** An S3-compatible server (MinIO, R2, …); unset: AWS. */
  endpoint?: string;
  region: string;
  /** Unset: the SDK's default credential chain (environment, instance role, …). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `endpoint/bucket/key` rather than `bucket.endpoint/key`, as most S3-compatible servers want. */
  forcePathStyle: boolean;
  /** A folder in the bucket that holds every key, e.g. `media` stores `media/<key>`. */
  prefix?: string;
}

/** Parts of a multipart upload, two in flight: an upload holds a few 8 MB parts at most, whatever the file's size. */
const partSize = 8 * 1024 * 1024;
const queueSize = 2;

/** Media files in an S3-compatible bucket, shared by every instance. */
export function s3Store(options: S3Options): MediaStore {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials:
      options.accessKeyId && options.secretAccessKey
        ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
        : undefined,
    // With the SDK's default (WHEN_SUPPORTED), a streamed PutObject body is sent aws-chunked with a
    // CRC32 trailer, which S3-compatible servers such as s3rver store as it came, framing included: a
    // corrupted object. Upload sends its parts as buffers, so it is spared today; this keeps any
    // streamed body safe too. Checksums only where an operation requires one.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;
  const folder = options.prefix?.replace(/^\/+|\/+$/g, '');
  const objectKey = (key: string) => (folder ? `${folder}/${key}` : key);

  return {
    kind: 's3',

    async put(key, sourcePath, contentType) {
      const upload = new Upload({
        client,
        params: { Bucket, Key: objectKey(key), Body: fs.createReadStream(sourcePath), ContentType: contentType },
        partSize,
        queueSize,
      });
      await upload.done();
    },

    async get(key, range) {
      let output;
      try {
        output = await client.send(
          new GetObjectCommand({ Bucket, Key: objectKey(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
        );
      } catch (error) {
        if (isMissingKey(error)) return undefined;
        throw error;
      }
      const body = output.Body;
      if (!(body instanceof Readable)) throw new Error(`S3 GetObject of ${key} returned no Node.js stream`);
      const bytes = range ? totalOf(output.ContentRange) : output.ContentLength;
      if (bytes === undefined) {
        body.destroy();
        // A server that ignores Range answers 200 with the whole object: its bytes are not the ones asked for.
        throw new Error(`S3 GetObject of ${key} answered without ${range ? 'a Content-Range total' : 'a Content-Length'}`);
      }
      return { body, bytes };
    },

    async has(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
        return true;
      } catch (error) {
        if (isMissingKey(error)) return false;
        throw error;
      }
    },

    async remove(key) {
      // S3 answers 204 for a key that does not exist, so a second remove is no error.
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },

    async signedUrl(key, seconds, fileName) {
      const command = new GetObjectCommand({ Bucket, Key: objectKey(key), ResponseContentDisposition: attachment(fileName) });
      return getSignedUrl(client, command, { expiresIn: seconds });
    },
  };
}

/**
 * A missing key. A missing bucket is a configuration error and stays one where S3 says so (GET); a HEAD
 * answer has no body, so there a missing bucket is just a 404 too.
 */
function isMissingKey(error: unknown): boolean {
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (name === 'NoSuchBucket') return false;
  return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404;
}

/** The whole size from `bytes 0-99/1234`; undefined when absent or unknown (`*`). */
function totalOf(contentRange: string | undefined): number | undefined {
  const match = /\/(\d+)$/.exec(contentRange ?? '');
  return match ? Number(match[1]) : undefined;
}

/** `attachment; filename="…"` for a download straight from the bucket. */
export const attachment = (fileName: string): string => contentDisposition('attachment', fileName);
