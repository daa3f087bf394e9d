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

/**
 * The server's rejection e-mail for this job and reason (the same text the outbox will send).
 * Each change cancels the pending timer and the request in flight, so an older, slower answer
 * never overwrites a newer one.
 */
export function useRejectPreview(jobId: number | string | undefined, reason: string): RejectPreviewState {
  const [state, setState] = useState<RejectPreviewState>({ preview: null, previewedReason: null, error: null, loading: false });
  const trimmed = reason.trim();
  useEffect(() => {
    if (jobId === undefined || !trimmed) {
      setState({ preview: null, previewedReason: null, error: null, loading: false });
      return;
    }
    setState((previous) => ({ ...previous, loading: true }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchRejectPreview(jobId, trimmed, controller.signal)
        .then((preview) => setState({ preview, previewedReason: trimmed, error: null, loading: false }))
        .catch((error: HttpError) => {
          if (controller.signal.aborted || isAbort(error)) return;
          setState((previous) => ({ ...previous, error: error?.message || 'The e-mail preview could not be loaded.', loading: false }));
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [jobId, trimmed]);
  return state;
}
