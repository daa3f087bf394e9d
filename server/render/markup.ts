import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import type { MarkupType } from '../domain/enums.js';
import { rstToHtml } from './rst.js';

/** The longest text rendered; python.org's longest pages are a few tens of kilobytes. */
export const MAX_MARKUP_LENGTH = 200_000;

// Raw HTML is allowed in Markdown, as python.org's Markdown does: the sanitiser below decides what survives.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

/**
 * What rendered markup may contain, whatever its source: every renderer's output (and stored
 * HTML) passes through here, so a <script>, an on* handler or a javascript: URL never reaches
 * the admin page that shows the preview. No id attributes: they could clobber the SPA's DOM.
 */
const SANITIZE: sanitizeHtml.IOptions = {
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

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Plain text as Django's linebreaks filter shows it: blank lines part paragraphs, single newlines break lines. */
function textToHtml(content: string): string {
  return content
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br />')}</p>`)
    .join('\n');
}

async function unsafeHtml(type: MarkupType, content: string): Promise<string> {
  switch (type) {
    case 'rst':
      return rstToHtml(content);
    case 'markdown':
      return markdown.render(content);
    case 'html':
      return content;
    case 'text':
      return textToHtml(content);
  }
}

/** Markup of a page, box, job or release as sanitised HTML; no database, no request. */
export async function renderMarkup(type: MarkupType, content: string): Promise<string> {
  return sanitizeHtml(await unsafeHtml(type, content), SANITIZE);
}
