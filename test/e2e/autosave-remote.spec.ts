// Another tab's value landing in a field this tab is about to type into, with the order of events
// controlled: this tab has selected the field's whole text, the other tab's value arrives and
// replaces it, then this tab types. What is typed must replace the field as the person meant it
// (their selection still covers the whole field), and once saved every tab shows what the
// database holds. (Seen with seed 1028812410 of tabs-stress: the arriving value collapsed the
// selection and the typed text was appended to it.)
import type { Locator, Page } from '@playwright/test';
import { createWorkbookViaUi, expect, expectSaved, test } from './fixtures';

/** One stored field, read with raw IndexedDB (not the app's code). */
async function storedField(page: Page, id: string, field: string): Promise<unknown> {
  return page.evaluate(
    ([workbookId, key]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('continuity-workbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('workbooks', 'readonly').objectStore('workbooks').get(workbookId!);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as Record<string, unknown>)[key!]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [id, field],
  );
}

const selectionOf = (input: Locator) =>
  input.evaluate((el: HTMLInputElement | HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);

const workbookIdOf = (url: string) => /#\/w\/([^/?#]+)/.exec(url)![1]!;

async function twoTabs(page: Page, server: { url: string }, other: Page) {
  await page.goto(server.url);
  const url = await createWorkbookViaUi(page, 'Two tab plan', 'Contoso');
  await other.goto(url);
  await expect(other.getByLabel(/^Organisation/)).toHaveValue('Contoso');
  return workbookIdOf(url);
}

test('a field selected whole when another tab stores a value: what is typed next replaces it', async ({
  page,
  context,
  server,
}) => {
  const other = await context.newPage();
  const id = await twoTabs(page, server, other);
  const mine = page.getByLabel(/^Organisation/);
  await mine.selectText();
  expect(await selectionOf(mine)).toEqual([0, 'Contoso'.length]);

  // The other tab's value arrives while this tab's selection covers the field.
  const theirs = 'Fabrikam Kim 👩‍💻 308';
  await other.getByLabel(/^Organisation/).fill(theirs);
  await expectSaved(other);
  await expect(mine).toHaveValue(theirs);
  await expect(mine).toBeFocused();
  // The selection still covers the whole field (now the new value): typing replaces it.
  expect(await selectionOf(mine)).toEqual([0, theirs.length]);

  await page.keyboard.insertText('본사 Park 309');
  await expectSaved(page);
  await expect(mine).toHaveValue('본사 Park 309');
  await expect.poll(() => storedField(page, id, 'organisation')).toBe('본사 Park 309');
  await expect(other.getByLabel(/^Organisation/)).toHaveValue('본사 Park 309');
  await expectSaved(other);
});

test('a caret inside the field when another tab stores a value: the screen and the database agree after typing', async ({
  page,
  context,
  server,
}) => {
  const other = await context.newPage();
  const id = await twoTabs(page, server, other);
  const mine = page.getByLabel(/^Organisation/);
  await mine.click();
  await mine.press('End');
  await other.getByLabel(/^Organisation/).fill('Fabrikam');
  await expectSaved(other);
  await expect(mine).toHaveValue('Fabrikam');
  // Nothing was selected: the caret stays where the browser puts it after a new value (the end),
  // and what is typed is added there, nothing dropped.
  await page.keyboard.type(' Ltd');
  await expectSaved(page);
  await expect(mine).toHaveValue('Fabrikam Ltd');
  await expect.poll(() => storedField(page, id, 'organisation')).toBe('Fabrikam Ltd');
  await expect(other.getByLabel(/^Organisation/)).toHaveValue('Fabrikam Ltd');
});

test('a textarea selected whole when another tab stores a value: what is typed next replaces it', async ({
  page,
  context,
  server,
}) => {
  const other = await context.newPage();
  const id = await twoTabs(page, server, other);
  const mine = page.getByLabel(/^Scope/);
  await mine.fill('first line\nsecond line');
  await expectSaved(page);
  await expect(other.getByLabel(/^Scope/)).toHaveValue('first line\nsecond line');
  await mine.selectText();
  const theirs = '범위: 서울 본사\n부산 지점';
  await other.getByLabel(/^Scope/).fill(theirs);
  await expectSaved(other);
  await expect(mine).toHaveValue(theirs);
  expect(await selectionOf(mine)).toEqual([0, theirs.length]);
  await page.keyboard.insertText('only this');
  await expectSaved(page);
  await expect.poll(() => storedField(page, id, 'scope')).toBe('only this');
  await expect(other.getByLabel(/^Scope/)).toHaveValue('only this');
  await expect(mine).toHaveValue('only this');
});
