// Where the PDF may break a word. react-pdf's line breaker breaks at spaces, and at the points this
// callback returns; our patch to @react-pdf/textkit (src/patches/) never draws a hyphen at such a
// point, so every break prints the text exactly as typed (no added hyphen, no added space).
// - Korean wraps between two Hangul syllables.
// - E-mail addresses, URLs and file paths wrap after `@ . / - _`, so they fit
//   a narrow table column instead of running into the next one.
// - English words stay whole; a Latin run never breaks from the Hangul particle after it
//   ("EX1083315를" stays one piece).
// - Only a piece still longer than MAX_PIECE characters (pasted junk, hostile input) is cut into
//   MAX_PIECE pieces, so no token is ever wider than a line (react-pdf 4.9's paginator stops
//   splitting a block around such a token).
const MAX_PIECE = 16;
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;
const BREAK_AFTER = new Set(['@', '.', '/', '-', '_']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function breakWord(word: string): string[] {
  const chars = Array.from(word); // code points: never split a surrogate pair
  const parts: string[] = [];
  let current: string[] = [];
  const flush = () => {
    for (let i = 0; i < current.length; i += MAX_PIECE) parts.push(current.slice(i, i + MAX_PIECE).join(''));
    current = [];
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1];
    if (current.length > 0 && prev !== undefined && breaksBefore(prev, c)) flush();
    current.push(c);
  }
  flush();
  return parts;
}

/** A break between prev and c: between syllables, or after a separator that a letter follows. */
function breaksBefore(prev: string, c: string): boolean {
  if (HANGUL_SYLLABLE.test(prev) && HANGUL_SYLLABLE.test(c)) return true;
  // "a.b", "x/y", "name@host": break after the separator; "...", "--" stay together.
  if (BREAK_AFTER.has(prev) && LETTER_OR_DIGIT.test(c)) return true;
  return false;
}
