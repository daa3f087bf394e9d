import { open } from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';
import type { MediaKind } from '../../entities/Media.js';

/** What a file's bytes are: its MIME type and the kind of media that takes it. */
export interface Detected {
  contentType: string;
  /** A short name for messages: "png", "pdf", "exe". */
  name: string;
  kind?: MediaKind;
}

/** Raster images the library takes and makes variants of. SVG is refused (docs/api.md, Media): it can carry script. */
const IMAGES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif']);
/** Downloadable documents. */
const DOCUMENTS = new Set([
  'application/pdf',
  'text/plain',
  'application/zip',
  'application/gzip',
  'application/x-tar',
  'application/x-bzip2',
  'application/x-xz',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

// What file-type needs to recognise every format it knows.
const SNIFF_BYTES = 4100;

/** UTF-8 text without NUL or other control characters but tab and line breaks: a plain text document. */
function isPlainText(head: Buffer, truncated: boolean): boolean {
  // A multi-byte character cut at the end of the sample is not an error.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(truncated ? head.subarray(0, head.length - 3) : head);
  // eslint-disable-next-line no-control-regex
  return !text.includes('\uFFFD') && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}

const looksLikeSvg = (head: Buffer) =>
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head.toString('utf8'));

/** The type of the file at `path`, from its first bytes alone: never from its name or what the client said. */
export async function detectType(path: string): Promise<Detected> {
  const file = await open(path);
  let head: Buffer;
  let size: number;
  try {
    size = (await file.stat()).size;
    head = Buffer.alloc(Math.min(SNIFF_BYTES, size));
    await file.read(head, 0, head.length, 0);
  } finally {
    await file.close();
  }
  // Before file-type, which calls an SVG with an XML declaration just "xml".
  if (looksLikeSvg(head)) return { contentType: 'image/svg+xml', name: 'svg' };
  const found = await fileTypeFromBuffer(head);
  if (found) {
    const kind = IMAGES.has(found.mime) ? 'image' : DOCUMENTS.has(found.mime) ? 'document' : undefined;
    return { contentType: found.mime, name: found.ext, kind };
  }
  if (size > 0 && isPlainText(head, size > head.length)) return { contentType: 'text/plain', name: 'text', kind: 'document' };
  return { contentType: 'application/octet-stream', name: 'unknown binary data' };
}
