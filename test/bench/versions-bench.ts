// A workbook with 20 published versions of a 100-scenario plan (issue 15), in Chromium: import the
// backup (file chosen to the workbook listed), open the workbook's overview to its version state
// (which reads the latest version's snapshot), and "Export all" to the download. Each version is
// one record holding its snapshot as one string. Budgets: the existing import (≤ 2 s), open
// (≤ 500 ms) and export (≤ 500 ms) budgets.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, median, serve } from './browser';
import { generateBackup } from './generate';

/** The backup: one 100-scenario workbook and `versions` versions, each a slightly different snapshot. */
export function versionedBackup(versions = 20, scenarios = 100) {
  const workbookId = 'bench-versions';
  const envelope = generateBackup(scenarios, { workbookId });
  const data = envelope.data;
  const at = '2026-11-01T09:00:00.000Z';
  const planVersions = [];
  for (let v = 0; v < versions; v++) {
    const content = {
      workbook: { ...data.workbooks[0], title: `${data.workbooks[0]!.title} v1.${v}` },
      scenarios: data.scenarios.map((s, i) => (i === v ? { ...s, rtoHours: (s.rtoHours ?? 4) + 1 } : s)),
      policyChecks: data.policyChecks,
      mitigationActions: data.mitigationActions,
      responsibilities: [],
    };
    planVersions.push({
      id: `ver-${v}`,
      workbookId,
      order: v + 1,
      createdAt: at,
      updatedAt: at,
      rev: 1,
      deletedAt: null,
      major: 1,
      minor: v,
      summary: `버전 1.${v}: RTO 조정`,
      publishedDate: '2026-11-01',
      status: v < versions - 1 ? 'approved' : 'in_review',
      signOffs: v < versions - 1 ? [{ name: '박서준', role: 'CIO', date: '2026-11-02' }] : [],
      snapshot: JSON.stringify(content),
    });
  }
  return { ...envelope, data: { ...data, planVersions } };
}

export async function runVersionsBench(appDist: string, versions = 20) {
  const server = await serve(appDist);
  const browser = await launchChromium();
  const text = JSON.stringify(versionedBackup(versions));
  const file = join(tmpdir(), 'bench-versions.json');
  writeFileSync(file, text);
  const importTimes: number[] = [];
  const openTimes: number[] = [];
  const exportTimes: number[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Import backup' }).click();
      const t0 = Date.now();
      await page.getByTestId('import-file').setInputFiles(file);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.waitForSelector('.workbook-card');
      importTimes.push(Date.now() - t0);
      // Open: from the list (a fresh document, as after a reload) to the overview saying which version
      // the workbook is: a hash change, as a click on the workbook's card. The clock runs in Node, so
      // Playwright's round trips are included. It does not wait for the list's idle preload of the
      // workbook's code: the figure covers a planner who opens a workbook at once. (It was ~1 s with or
      // without versions: React held back the shell's and then the step's reveal, ~300 ms each.)
      await page.goto(`${server.url}#/w/bench-versions`);
      await page.getByTestId('plan-status').waitFor();
      await page.goto(server.url);
      await page.waitForSelector('.workbook-card');
      const t1 = Date.now();
      await page.goto(`${server.url}#/w/bench-versions`);
      await page
        .getByTestId('plan-status')
        .getByText(/Draft since|No version/)
        .waitFor();
      openTimes.push(Date.now() - t1);
      await page.goto(server.url);
      await page.waitForSelector('.workbook-card');
      const t2 = Date.now();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export all (backup)' }).click();
      await download;
      exportTimes.push(Date.now() - t2);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return {
    importMs: median(importTimes),
    openMs: median(openTimes),
    exportMs: median(exportTimes),
    bytes: text.length,
  };
}
