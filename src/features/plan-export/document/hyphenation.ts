// Where the PDF may break a word. react-pdf 4.9's line breaker breaks at spaces, and at
// hyphenation points where it always inserts a '-'. So ordinary words (English, and Korean
// eojeol, which wrap at spaces as in `word-break: keep-all`) stay whole: no hyphens appear in
// English words inside Korean sentences. Only tokens too long for any line (pasted URLs, hostile
// input) get break points, every few characters, so they wrap instead of running off the page.
const LONG_TOKEN = 24;
const CHUNK = 8;

export function breakWord(word: string): string[] {
  const chars = Array.from(word); // code points: never split a surrogate pair
  if (chars.length <= LONG_TOKEN) return [word];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += CHUNK) parts.push(chars.slice(i, i + CHUNK).join(''));
  return parts;
}
