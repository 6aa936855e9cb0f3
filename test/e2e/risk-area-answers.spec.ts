// A risk-area answer a file brought under an id of its own is the question's answer: the editor shows
// it, typing edits that same record (never a second one), and the area's count agrees.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createWorkbookViaUi, expect, expectSaved, test } from './fixtures';

const question = (page: Page) =>
  page.getByRole('listitem').filter({ hasText: 'What share of staff could be unable to work' });

/** The workbook's answers, read with raw IndexedDB (not the app's code). */
const storedAnswers = (page: Page, workbookId: string) =>
  page.evaluate(
    (id) =>
      new Promise<{ id: string; answer: string; deletedAt: string | null }[]>((resolve, reject) => {
        const open = indexedDB.open('continuity-workbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('areaAnswers', 'readonly').objectStore('areaAnswers').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(
              (all.result as { id: string; answer: string; deletedAt: string | null; workbookId: string }[])
                .filter((a) => a.workbookId === id)
                .map(({ id: answerId, answer, deletedAt }) => ({ id: answerId, answer, deletedAt })),
            );
          };
          all.onerror = () => reject(all.error);
        };
      }),
    workbookId,
  );

test('an answer imported under a foreign id is shown, edited in place and counted', async ({
  page,
  server,
}, testInfo) => {
  await page.goto(server.url);
  const url = await createWorkbookViaUi(page, 'Answers plan');
  const workbookId = /#\/w\/([^/?#]+)/.exec(url)![1]!;
  await page.getByRole('link', { name: 'Risk areas', exact: true }).click();
  await question(page).getByLabel('Answer').fill('Typed here first');
  await expectSaved(page);

  // The backup, as another tool wrote it: the same answer under an id of its own.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup', exact: true }).click();
  const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
  const [answer] = backup.data.areaAnswers;
  Object.assign(answer, { id: 'foreign-answer-1', answer: 'From the file' });
  const file = testInfo.outputPath('foreign-answer.json');
  writeFileSync(file, JSON.stringify(backup));

  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import backup' }).click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByRole('radio', { name: /^Replace/ }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.goto(`${url}/areas/people`);
  await expect(question(page).getByLabel('Answer')).toHaveValue('From the file');
  await expect(page.getByRole('link', { name: /People.*1 of 4 answered/ })).toBeVisible();

  await question(page).getByLabel('Answer').fill('Edited after the import');
  await expectSaved(page);
  const live = (await storedAnswers(page, workbookId)).filter((a) => a.deletedAt === null);
  expect(live).toEqual([{ id: 'foreign-answer-1', answer: 'Edited after the import', deletedAt: null }]);
  await page.reload();
  await expect(question(page).getByLabel('Answer')).toHaveValue('Edited after the import');
  await expect(page.getByRole('link', { name: /People.*1 of 4 answered/ })).toBeVisible();
});

test('typing key by key into a question not answered yet keeps the field and every key', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await createWorkbookViaUi(page, 'Key by key plan');
  await page.getByRole('link', { name: 'Risk areas', exact: true }).click();
  const field = question(page).getByLabel('Answer');
  await field.pressSequentially('One third of staff');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('One third of staff');
  await expectSaved(page);
  await page.reload();
  await expect(question(page).getByLabel('Answer')).toHaveValue('One third of staff');
});
