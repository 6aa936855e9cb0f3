// Where the PDF may break a word. react-pdf's line breaker breaks at spaces, and at the points this
// callback returns. Korean wraps between Hangul syllables as well as at spaces; our patch to
// @react-pdf/textkit (src/patches/) draws no hyphen at a break between two Hangul syllables.
// English words stay whole, so no hyphen ever appears inside an English word in a Korean sentence.
// Only tokens too long for any line (pasted URLs, hostile input) get break points every few
// characters (with a hyphen), so they wrap instead of running off the page.
const LONG_TOKEN = 24;
const CHUNK = 8;
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;

export function breakWord(word: string): string[] {
  const chars = Array.from(word); // code points: never split a surrogate pair
  if (chars.length > LONG_TOKEN && !chars.every((c) => HANGUL_SYLLABLE.test(c))) {
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += CHUNK) parts.push(chars.slice(i, i + CHUNK).join(''));
    return parts;
  }
  // Split between two adjacent Hangul syllables; everything else stays together.
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (current && HANGUL_SYLLABLE.test(c) && HANGUL_SYLLABLE.test(chars[i - 1]!)) {
      parts.push(current);
      current = '';
    }
    current += c;
  }
  if (current) parts.push(current);
  return parts;
}
