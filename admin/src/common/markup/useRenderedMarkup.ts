import { useEffect, useState } from 'react';
import type { HttpError } from 'react-admin';
import { httpClient } from '../../dataProvider';

/** How long typing must pause before the preview is asked for: one request per pause, not per key. */
export const RENDER_DELAY_MS = 400;

export interface RenderedMarkup {
  /** Sanitised HTML of the last successful render; kept while a newer one is on its way, so the preview does not flicker. */
  html: string | null;
  error: string | null;
  rendering: boolean;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The last answer, and the request it answers (markup type and content). */
interface Answer {
  key: string;
  html: string | null;
  error: string | null;
}

/**
 * The server's rendering of `content` in `markupType` (POST /api/render), so the preview shows
 * exactly what python.org will serve. Each change cancels the pending timer and the request in
 * flight: an older, slower answer can never overwrite a newer one. Rendering is whether the last
 * answer is for another request than the current one.
 */
export function useRenderedMarkup(markupType: string | null | undefined, content: string | null | undefined): RenderedMarkup {
  const key = markupType && content?.trim() ? JSON.stringify([markupType, content]) : null;
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!key) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      httpClient('/api/render', { method: 'POST', body: JSON.stringify({ markup_type: markupType, content }), signal: controller.signal })
        .then(({ json }) => setAnswer({ key, html: String(json?.html ?? ''), error: null }))
        .catch((error: HttpError) => {
          if (controller.signal.aborted || isAbort(error)) return;
          setAnswer((previous) => ({ key, html: previous?.html ?? null, error: error?.message || 'The preview could not be rendered.' }));
        });
    }, RENDER_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, markupType, content]);
  if (!key) return { html: '', error: null, rendering: false };
  return { html: answer?.html ?? null, error: answer?.error ?? null, rendering: answer?.key !== key };
}
