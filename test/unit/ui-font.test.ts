// The UI's Korean face: the @font-face in app/styles.css declares exactly the ranges the subset
// script cuts (a range declared but not cut would draw blanks; one cut but not declared is dead
// weight), and points at the file the script writes, on the app's own origin.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_FONT_FILE, UI_FONT_RANGES } from '../../src/cli/subset-fonts';

const css = readFileSync(new URL('../../src/app/styles.css', import.meta.url), 'utf8');
const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

describe('the UI font face', () => {
  it('declares the subset ranges and file, after the local Korean fonts and before system-ui', () => {
    const face = /@font-face\s*{([^}]*)}/.exec(css)![1]!;
    // One face, declared regular: a second one declared bold on the same file stops Chromium from
    // drawing bold Korean bolder (test/e2e/ui-font.spec.ts shows the weight on screen).
    expect(css.match(/@font-face/g)).toHaveLength(1);
    expect(face).toContain('font-weight: 400;');
    expect(face).toContain(`font-family: 'Noto Sans KR UI';`);
    expect(face).toContain(`src: url('/fonts/${UI_FONT_FILE}') format('woff2');`);
    expect(face).toContain(
      `unicode-range: ${UI_FONT_RANGES.map(([a, b]) => `U+${hex(a)}-${hex(b)}`).join(', ')};`,
    );
    // A computer that has a Korean font keeps using it: ours comes after the local Korean fonts, and
    // before system-ui, which in Chromium on Linux would take bold Hangul and draw it as boxes.
    expect(css).toMatch(/'Malgun Gothic',\s*'Noto Sans KR UI',\s*system-ui,\s*sans-serif;/);
    const stack = /font-family:([^;]*);/.exec(css.slice(css.indexOf(':root')))![1]!;
    expect(stack.split(',').map((f) => f.trim())).toEqual([
      '-apple-system',
      "'Segoe UI'",
      "'Noto Sans KR'",
      "'Apple SD Gothic Neo'",
      "'Malgun Gothic'",
      "'Noto Sans KR UI'",
      'system-ui',
      'sans-serif',
    ]);
  });
});
