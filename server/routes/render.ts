import { Router } from 'express';
import { z } from 'zod';
import { requireActor } from '../auth/authenticate.js';
import { admits, type Actor } from '../auth/permissions.js';
import { validateBody } from '../crud/validate.js';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { HttpError } from '../http/errors.js';
import { MAX_MARKUP_LENGTH, renderMarkup } from '../render/markup.js';

const MARKUP_VALUES = valuesOf(MARKUP_TYPES);
const none = new Set<string>();
const renderBody = z.strictObject({
  markup_type: z.enum(MARKUP_VALUES, { error: `One of: ${MARKUP_VALUES.join(', ')}.` }),
  content: z.string({ error: 'A string.' }).max(MAX_MARKUP_LENGTH, `At most ${MAX_MARKUP_LENGTH} characters.`),
});

/**
 * POST /api/render: the HTML a text field's markup becomes, for the admin's previews. Rendered on
 * the render threads, a few previews per user at a time (429 past that), each within a time limit.
 */
export function renderRouter(): Router {
  const router = Router();
  router.post('/render', requireActor, async (req, res) => {
    // The same bar as reading any resource: a role (or the superuser flag), as the generic router's default read rule.
    if (!admits(res.locals.actor as Actor, 'any-role')) throw new HttpError(403, 'Your roles do not allow rendering markup.');
    const { markup_type, content } = validateBody(renderBody, req.body, none);
    // A client that goes away (the admin cancels a preview as the user types on) frees its place in the queue, or its thread.
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    let html: string;
    try {
      html = await renderMarkup(markup_type, content, { owner: `user:${(res.locals.actor as Actor).id}`, signal: gone.signal });
    } catch (error) {
      if (gone.signal.aborted) return; // nobody to answer
      throw error;
    }
    res.json({ html });
  });
  return router;
}
