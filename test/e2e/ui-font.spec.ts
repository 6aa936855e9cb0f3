// The UI's Korean on a computer with no Korean font (this Chromium has none): the app's own font
// face, declared with a unicode-range, is loaded and used for Korean text, from the app's own
// origin; an English-only page never fetches it.
import { expect, test } from './fixtures';

const FAMILY = 'Noto Sans KR UI';
const FILE = '/fonts/NotoSansKR-UI.woff2';

/** The status of the app's Korean face (one, regular) in document.fonts ('unloaded' until needed). */
const faceStatus = (page: import('@playwright/test').Page) =>
  page.evaluate(
    (family) =>
      [...document.fonts]
        .filter((f) => f.family.replace(/["']/g, '') === family)
        .map((f) => `${f.weight} ${f.status}`)
        .join(', '),
    FAMILY,
  );

test('an English page never loads the Korean face', async ({ page, server, requests }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Your continuity workbooks' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(await faceStatus(page)).toBe('400 unloaded');
  expect(requests.filter((u) => u.includes('NotoSansKR-UI'))).toEqual([]);
});

test('Korean text, bold headings included, is drawn with the bundled face, fetched from the app itself', async ({
  page,
  server,
  requests,
}) => {
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  const heading = page.getByRole('heading', { name: '연속성 워크북 목록' });
  await expect(heading).toBeVisible();
  await expect.poll(() => faceStatus(page)).toBe('400 loaded');
  expect(await page.evaluate((f) => document.fonts.check(`16px "${f}"`, '가'), FAMILY)).toBe(true);
  expect(requests).toContain(`${new URL(server.url).origin}${FILE}`);

  // What Chromium really drew with (DevTools protocol): every Hangul glyph of the regular intro,
  // the bold page heading and the bold app name comes from the bundled face, none from a system
  // font's missing-glyph boxes. Polled: the page lays out again a moment after the face loads.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  for (const selector of ['main h1 + p', 'main h1', '.app-header .app-name']) {
    const hangul = await page
      .locator(selector)
      .evaluate((el) => [...(el.textContent ?? '')].filter((c) => /[\uac00-\ud7a3]/.test(c)).length);
    expect(hangul, selector).toBeGreaterThan(0);
    await expect.poll(() => glyphsFromBundledFace(cdp, selector), { message: selector }).toBe(hangul);
  }

  // And bold Hangul is drawn bold: the browser emboldens the regular face, so a bold line puts
  // clearly more ink on a canvas than the same line in regular weight.
  const ink = await page.evaluate((family) => {
    const inkOf = (weight: number) => {
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 60;
      const ctx = canvas.getContext('2d')!;
      ctx.font = `${weight} 32px "${family}"`;
      ctx.fillText('연속성 워크북 목록', 4, 44);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let sum = 0;
      for (let i = 3; i < data.length; i += 4) sum += data[i]!;
      return sum;
    };
    return { regular: inkOf(400), bold: inkOf(700) };
  }, FAMILY);
  expect(ink.regular).toBeGreaterThan(0);
  expect(ink.bold / ink.regular).toBeGreaterThan(1.15);
});

/** How many glyphs of the element's text Chromium drew with the bundled face (named Noto Sans KR inside). */
async function glyphsFromBundledFace(cdp: import('@playwright/test').CDPSession, selector: string) {
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts
    .filter((f) => f.isCustomFont && f.familyName === 'Noto Sans KR')
    .reduce((sum, f) => sum + f.glyphCount, 0);
}
