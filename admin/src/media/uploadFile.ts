import { csrfToken } from '../authProvider';
import type { MediaRecord } from './mediaRecord';

export type UploadResult = { ok: true; record: MediaRecord } | { ok: false; message: string };

const messageOf = (xhr: XMLHttpRequest): string => {
  try {
    const body = JSON.parse(xhr.responseText) as { message?: string };
    if (body?.message) return body.message;
  } catch {
    // Not JSON (a proxy's page): fall back to the status line.
  }
  return `${xhr.status} ${xhr.statusText || 'Upload failed'}`;
};

/**
 * POST /api/media with one file. XMLHttpRequest rather than fetch, because only it reports upload
 * progress. `use` says what the file is for (a 415 if its bytes are another kind). Never rejects: a refusal (413, 415, 422…) resolves with the server's message.
 */
export function uploadFile(
  file: File,
  onProgress: (fraction: number) => void,
  fields: { use?: 'image' | 'document'; alt?: string } = {},
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/media');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const token = csrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status === 200 || xhr.status === 201) resolve({ ok: true, record: JSON.parse(xhr.responseText) as MediaRecord });
      else resolve({ ok: false, message: messageOf(xhr) });
    };
    // The server cuts off an upload past the largest size limit while it streams: the request then fails outright.
    xhr.onerror = () =>
      resolve({ ok: false, message: 'The upload was interrupted (the file may be too large, or the connection dropped).' });
    const form = new FormData();
    // The fields before the file: the server reads them as it streams the file in.
    for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
