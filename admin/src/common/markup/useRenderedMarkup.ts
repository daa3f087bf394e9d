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

/**
 * The server's rendering of `content` in `markupType` (POST /api/render), so the preview shows
 * exactly what python.org will serve. Each change cancels the pending timer and the request in
 * flight: an older, slower answer can never overwrite a newer one.
 */
export function useRenderedMarkup(markupType: string | null | undefined, content: string | null | undefined): RenderedMarkup {
  const [state, setState] = useState<RenderedMarkup>({ html: null, error: null, rendering: false });
  useEffect(() => {
    if (!markupType || !content?.trim()) {
      setState({ html: '', error: null, rendering: false });
      return;
    }
    setState((previous) => ({ ...previous, rendering: true }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      httpClient('/api/render', { method: 'POST', body: JSON.stringify({ markup_type: markupType, content }), signal: controller.signal })
        .then(({ json }) => setState({ html: String(json?.html ?? ''), error: null, rendering: false }))
        .catch((error: HttpError) => {
          if (controller.signal.aborted || isAbort(error)) return;
          setState((previous) => ({
            html: previous.html,
            error: error?.message || 'The preview could not be rendered.',
            rendering: false,
          }));
        });
    }, RENDER_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [markupType, content]);
  return state;
}
