import { useCallback, useRef, useState } from 'react';
import { uploadFile } from './uploadFile';
import type { MediaRecord } from './mediaRecord';

export interface Upload {
  key: number;
  name: string;
  size: number;
  progress: number;
  state: 'uploading' | 'done' | 'failed';
  record?: MediaRecord;
  error?: string;
}

interface UploadOptions {
  /** What the files are for: the server refuses other kinds (415). */
  use?: 'image' | 'document';
  /** Runs for each file the library took, as soon as it is in. */
  onUploaded?: (record: MediaRecord) => void;
  /** Runs once a batch has finished (to refresh a list). */
  onSettled?: () => void;
}

/** Files being uploaded, each with its own progress and result. */
export function useUploads({ use, onUploaded, onSettled }: UploadOptions = {}) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(0);
  const patch = (key: number, change: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const start = useCallback(
    (files: File[]) => {
      if (!files.length) return;
      const batch = files.map((file) => ({ file, key: nextKey.current++ }));
      setUploads((all) => [
        ...batch.map(({ file, key }): Upload => ({ key, name: file.name, size: file.size, progress: 0, state: 'uploading' })),
        ...all,
      ]);
      void Promise.all(
        batch.map(async ({ file, key }) => {
          const result = await uploadFile(file, (progress) => patch(key, { progress }), { use });
          patch(key, result.ok ? { state: 'done', progress: 1, record: result.record } : { state: 'failed', error: result.message });
          if (result.ok) onUploaded?.(result.record);
        }),
      ).then(() => onSettled?.());
    },
    [use, onUploaded, onSettled],
  );

  const clearFinished = useCallback(() => setUploads((all) => all.filter((u) => u.state === 'uploading')), []);
  return { uploads, start, clearFinished };
}
