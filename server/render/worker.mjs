// @ts-check
/**
 * The render worker: turns one text into sanitised HTML, in a worker thread of the pool that
 * server/render/pool.ts runs, so no document ever occupies the main thread (a 200 kB table-heavy
 * Markdown text takes about half a second to render and sanitise; some reStructuredText, as
 * rst-compiler's README warns, takes time quadratic in its length).
 *
 * Plain JavaScript on purpose: a worker thread loads it as it is, from server/render under tsx and
 * vitest, and from dist/server/render in production (tsc copies it there: allowJs). No TypeScript
 * file has to be found, or transpiled, in both places.
 */
import MarkdownIt from 'markdown-it';
import { RstToHtmlCompiler } from 'rst-compiler';
import sanitizeHtml from 'sanitize-html';

// Raw HTML is allowed in Markdown, as python.org's Markdown does: the sanitiser below decides what survives.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

/**
 * What rendered markup may contain, whatever its source: every renderer's output (and stored
 * HTML) passes through here, so a <script>, an on* handler or a javascript: URL never reaches
 * the admin page that shows the preview. No id attributes: they could clobber the SPA's DOM.
 * @type {sanitizeHtml.IOptions}
 */
const SANITIZE = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'del', 'ins'],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
    code: ['class'],
    pre: ['class'],
    div: ['class'],
    span: ['class'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  // "//host/x" would follow the admin's own scheme to any host; require an explicit one.
  allowProtocolRelative: false,
};

/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/**
 * Plain text as Django's linebreaks filter shows it: blank lines part paragraphs, single newlines break lines.
 * @param {string} content
 */
function textToHtml(content) {
  return content
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br />')}</p>`)
    .join('\n');
}

/**
 * @param {string} type
 * @param {string} content
 * @returns {string}
 */
function unsafeHtml(type, content) {
  switch (type) {
    case 'rst':
      return new RstToHtmlCompiler().compile(content).body;
    case 'markdown':
      return markdown.render(content);
    case 'html':
      return content;
    case 'text':
      return textToHtml(content);
    default:
      throw new Error(`unknown markup type ${type}`);
  }
}

/**
 * One task of the pool. Markup the compiler refuses comes back as `rstError` (the main thread
 * turns it into a 422); anything else thrown is a bug and reaches the caller as an error.
 * @param {{ type: string, content: string }} task
 * @returns {{ html: string } | { rstError: string }}
 */
export default function render({ type, content }) {
  let unsafe;
  try {
    unsafe = unsafeHtml(type, content);
  } catch (error) {
    if (type !== 'rst') throw error;
    return { rstError: String((error instanceof Error && error.message) || error) };
  }
  return { html: sanitizeHtml(unsafe, SANITIZE) };
}
