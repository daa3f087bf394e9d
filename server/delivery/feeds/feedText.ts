/*
 * Text from the database as feeds may carry it. Editors' text may hold control characters (only NUL
 * is refused on input), which neither XML 1.0 nor iCalendar (RFC 5545 §3.1, CONTROL) allows: a single
 * one would make the whole feed unparseable, so they are dropped.
 */

// Tab, line feed and carriage return stay: both formats allow them (iCalendar escapes line breaks).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

export const withoutControls = (text: string): string => text.replace(CONTROLS, '');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Markup source (reStructuredText, Markdown…) as HTML that shows it as it was typed: one paragraph
 * per blank-line-separated block, every character escaped. Rendering the markup would need the
 * render threads, which serve the editors' previews and refuse work when busy; a feed must not
 * fail, nor compete with them, for that.
 */
export function paragraphsHtml(text: string): string {
  return withoutControls(text)
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeHtml(block).replace(/\r?\n/g, '<br>')}</p>`)
    .join('\n');
}

/**
 * Text for a CDATA section of the feed library (titles). Its XML writer (xml-js) splits only the
 * first "]]>" of a section; any later one would close the section early and break the document, so
 * those are split here the same way. Leaving the first alone keeps the writer from splitting ours.
 */
export function cdataText(text: string): string {
  let first = true;
  return withoutControls(text).replace(/]]>/g, (found) => {
    if (first) {
      first = false;
      return found;
    }
    return ']]]]><![CDATA[>';
  });
}
