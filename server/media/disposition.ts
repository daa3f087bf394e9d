/**
 * A Content-Disposition that no file name can break out of: the quoted name keeps printable ASCII
 * except `"` and `\` (browsers disagree about escapes), and when that loses anything the exact name
 * follows as RFC 5987 `filename*`, which browsers prefer.
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  if (!ascii) return `${type}; filename="download"`;
  if (ascii === fileName) return `${type}; filename="${ascii}"`;
  return `${type}; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** RFC 5987 `value-chars`: UTF-8 bytes, percent-encoded except `attr-char`. Lone surrogates become U+FFFD. */
function rfc5987(value: string): string {
  let encoded = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9!#$&+\-.^_`|~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}
