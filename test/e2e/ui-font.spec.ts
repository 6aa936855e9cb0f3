// The UI's Korean on a computer with no Korean font (this Chromium has none): the app's own font
// face, declared with a unicode-range, is loaded and used for Korean text, from the app's own
// origin; an English-only page never fetches it.
import { expect, test } from './fixtures';

const FAMILY = 'Noto Sans KR UI';
const FILE = '/fonts/NotoSansKR-UI.woff2';

/** The status of the app's Korean faces (regular, bold) in document.fonts ('unloaded' until needed). */
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
  expect(await faceStatus(page)).toBe('400 unloaded, 700 unloaded');
  expect(requests.filter((u) => u.includes('NotoSansKR-UI'))).toEqual([]);
});

test('Korean text is drawn with the bundled face, fetched from the app itself', async ({
  page,
  server,
  requests,
}) => {
  await page.goto(server.url);
  await page.getByLabel('Language').selectOption('ko');
  const heading = page.getByRole('heading', { name: '연속성 워크북 목록' });
  await expect(heading).toBeVisible();
  await expect.poll(() => faceStatus(page)).toBe('400 loaded, 700 loaded');
  expect(await page.evaluate((f) => document.fonts.check(`16px "${f}"`, '가'), FAMILY)).toBe(true);
  expect(requests).toContain(`${new URL(server.url).origin}${FILE}`);

  // What Chromium really drew the intro's Hangul with (DevTools protocol). Not the bold heading:
  // bold Hangul that first shows while the face is still loading stays on the fallback's boxes in
  // this Chromium (a known gap, see the report of issue 13).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  // Polled: the page lays out again with the face a moment after it has loaded.
  const drawnWith = async () => {
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main h1 + p' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => f.familyName);
  };
  await expect.poll(drawnWith).toContain('Noto Sans KR');
});
