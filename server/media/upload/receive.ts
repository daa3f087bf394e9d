import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { HttpError } from '../../http/errors.js';

/** One uploaded file, written whole to a temporary file: its sha256, size, the name it came with, and the form's other fields. */
export interface Received {
  path: string;
  sha256: string;
  bytes: number;
  fileName: string;
  fields: Record<string, string>;
}

/** A size for messages: 20 MB, 1.5 MB. */
export const megabytes = (bytes: number) => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

/**
 * Streams the `file` part of a multipart/form-data request to a temporary file, hashing it on the
 * way: nothing is held in memory but a chunk. Past `maxBytes` the upload is refused (413) and the
 * partial file removed; so is anything that is not one file named `file` with a few short fields.
 * The caller removes the file once done with it.
 */
export function receiveUpload(req: IncomingMessage, maxBytes: number): Promise<Received> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 8, fieldSize: 1000, parts: 10 } });
    } catch {
      return reject(new HttpError(415, 'Send the file as multipart/form-data, in a field named "file".'));
    }
    const target = path.join(os.tmpdir(), `media-upload-${randomBytes(12).toString('hex')}`);
    const fields: Record<string, string> = {};
    let written: Promise<{ sha256: string; bytes: number; fileName: string; truncated: boolean }> | undefined;
    let failure: HttpError | undefined;
    const fail = (error: HttpError) => (failure ??= error);

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) fail(new HttpError(400, `The field ${name} is too long.`, { [name]: 'At most 1000 characters.' }));
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || written) {
        stream.resume();
        fail(new HttpError(400, 'Send exactly one file, in a field named "file".', { file: 'Required: one file.' }));
        return;
      }
      const hash = createHash('sha256');
      let bytes = 0;
      let truncated = false;
      stream.on('limit', () => (truncated = true));
      const count = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          bytes += chunk.length;
          done(null, chunk);
        },
      });
      written = pipeline(stream, count, createWriteStream(target, { flags: 'wx', mode: 0o600 })).then(() => ({
        sha256: hash.digest('hex'),
        bytes,
        fileName: info.filename || 'upload',
        truncated,
      }));
      written.catch(() => {});
    });
    parser.on('partsLimit', () => fail(new HttpError(400, 'Too many parts: send one file and a few fields.')));
    parser.on('filesLimit', () =>
      fail(new HttpError(400, 'Send exactly one file, in a field named "file".', { file: 'One file at a time.' })),
    );
    parser.on('fieldsLimit', () => fail(new HttpError(400, 'Too many fields.')));
    let settled = false;
    const settle = async () => {
      if (settled) return;
      settled = true;
      try {
        const file = await written;
        if (!failure && !file) fail(new HttpError(400, 'Send a file, in a field named "file".', { file: 'Required.' }));
        if (!failure && file?.truncated) {
          fail(
            new HttpError(413, `The file is larger than the ${megabytes(maxBytes)} allowed.`, { file: `At most ${megabytes(maxBytes)}.` }),
          );
        }
        if (failure) throw failure;
        resolve({ path: target, sha256: file!.sha256, bytes: file!.bytes, fileName: file!.fileName, fields });
      } catch (error) {
        await rm(target, { force: true });
        reject(error instanceof HttpError ? error : new HttpError(400, 'The upload could not be read.'));
      }
    };
    parser.on('error', () => {
      fail(new HttpError(400, 'The multipart body is malformed or was cut short.'));
      void settle();
    });
    parser.on('close', () => void settle());
    req.on('aborted', () => parser.destroy());
    req.pipe(parser);
  });
}
