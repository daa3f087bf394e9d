import { useEffect, useState } from 'react';
import type { HttpError } from 'react-admin';
import { fetchRejectPreview, type EmailPreview } from './jobWorkflowApi';

/** How long typing must pause before the e-mail is asked for again: one request per pause, not per key. */
export const PREVIEW_DELAY_MS = 350;

export interface RejectPreviewState {
  /** The last preview that arrived; kept while a newer one is on its way, so the text does not flicker. */
  preview: EmailPreview | null;
  /** The reason that preview was made with, so the dialog knows whether it matches the field. */
  previewedReason: string | null;
  error: string | null;
  loading: boolean;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The last answer, and the request (job and reason) it answers. */
interface Answer extends Omit<RejectPreviewState, 'loading'> {
  key: string;
}

/**
 * The server's rejection e-mail for this job and reason (the same text the outbox will send).
 * Each change cancels the pending timer and the request in flight, so an older, slower answer
 * never overwrites a newer one. Loading is whether the last answer is for another request.
 */
export function useRejectPreview(jobId: number | string | undefined, reason: string): RejectPreviewState {
  const trimmed = reason.trim();
  const key = jobId !== undefined && trimmed ? JSON.stringify([jobId, trimmed]) : null;
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!key || jobId === undefined) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchRejectPreview(jobId, trimmed, controller.signal)
        .then((preview) => setAnswer({ key, preview, previewedReason: trimmed, error: null }))
        .catch((error: HttpError) => {
          if (controller.signal.aborted || isAbort(error)) return;
          const message = error?.message || 'The e-mail preview could not be loaded.';
          setAnswer((previous) => ({
            key,
            preview: previous?.preview ?? null,
            previewedReason: previous?.previewedReason ?? null,
            error: message,
          }));
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, jobId, trimmed]);
  if (!key) return { preview: null, previewedReason: null, error: null, loading: false };
  const { key: answered, ...rest } = answer ?? { key: null, preview: null, previewedReason: null, error: null };
  return { ...rest, loading: answered !== key };
}
