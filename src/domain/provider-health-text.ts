// Provider posts arrive as "Html" (sometimes plain text labelled Html). The app shows them as text
// only: tags are dropped (script and style with their content), line-ish tags become line breaks,
// and entities are decoded once. The result is rendered by React as a text node, so even a tag that
// slipped through would show as characters, never run.
import { LIMITS } from './common';

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
};

/** A code point from an entity, or the replacement character for nonsense (surrogates, > U+10FFFF). */
function codePoint(n: number) {
  const ok = Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);
  return ok ? String.fromCodePoint(n) : '\uFFFD';
}

function decodeEntities(text: string) {
  return text.replace(/&(#x[0-9a-f]{1,8}|#[0-9]{1,9}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      return codePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return named[body.toLowerCase()] ?? whole;
  });
}

/** Plain text from a provider's HTML (or text) post, bounded to the long-text limit. */
export function providerHtmlToText(html: string, contentType = 'html'): string {
  let text = html.replace(/\r\n?/g, '\n');
  if (contentType.toLowerCase() !== 'text') {
    text = text
      .replace(/<!--[\s\S]*?(-->|$)/g, '')
      .replace(/<(script|style|template|iframe|object|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|tr|ul|ol|table)\s*>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '• ')
      // Any other tag, including one cut off at the end of the text.
      .replace(/<\/?[a-z!?][^>]*(>|$)/gi, '');
    text = decodeEntities(text);
  }
  return text
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, LIMITS.longText);
}
