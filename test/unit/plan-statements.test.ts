// Nothing vacuous: an empty plan says what is empty instead of reassuring; a draft carries a
// DRAFT mark on every page; the edit counter does not pose as a version, and the date is the
// content's (the last change of a draft), never the print date.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues } from '../../src/i18n';
import { renderPlanInNode } from '../../src/cli/plan-render';
import { planSections } from '../../src/features/plan-export/document/options';
import { emptySnapshot, englishWords, fullSnapshot } from './helpers/plan-snapshot';
import type { WorkbookSnapshot } from '../../src/domain/tables';
import { serialiseVersion } from '../../src/domain/version-snapshot';
import { buildRecord } from '../../src/db/records';

const dir = mkdtempSync(join(tmpdir(), 'plan-statements-'));
let n = 0;
async function pages(snapshot: WorkbookSnapshot, lang: 'en' | 'ko' = 'en') {
  const pdf = await renderPlanInNode(snapshot, {
    lang,
    summary: false,
    sections: planSections,
    today: '2025-03-01',
  });
  const file = join(dir, `p${++n}.pdf`);
  writeFileSync(file, pdf);
  // -raw: content-stream order, which keeps the rotated DRAFT mark (layout mode drops diagonal text).
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '');
}

beforeAll(async () => {
  await loadCatalogues();
});

describe('statements about empty sets, draft mark, version and date', () => {
  it('says an empty plan has no channels in use and no actions recorded, and marks every page DRAFT', async () => {
    const snapshot = emptySnapshot('Empty plan');
    snapshot.workbook = {
      ...snapshot.workbook,
      status: 'draft',
      rev: 92,
      updatedAt: '2025-02-20T10:00:00.000Z',
    };
    snapshot.providerChannels = snapshot.providerChannels.map((c) => ({ ...c, used: false }));
    const all = await pages(snapshot);
    const text = all.join('\n').replace(/\s+/g, ' ');
    expect(text).not.toContain('Every provider status channel in use has someone watching it');
    expect(text).toContain('No provider status channel is marked as in use');
    expect(text).not.toContain('No mitigation action is open.');
    expect(text).toContain('No mitigation action is recorded yet.');
    for (const page of all) expect(page).toContain('DRAFT');
    expect(text).toContain('Version Draft: no version published yet');
    expect(text).not.toContain('92');
    expect(text).toContain('Last changed 20 Feb 2025');
    expect(text).not.toContain('1 Mar 2025');
  }, 120_000);

  it('prints no DRAFT mark on an approved plan, and the reassurance only when it holds', async () => {
    const snapshot = fullSnapshot(englishWords, 1);
    snapshot.providerChannels = snapshot.providerChannels.map((c) => ({
      ...c,
      watcher: c.used ? 'Park' : '',
    }));
    // Approved = the content is an approved published version, unedited since.
    snapshot.planVersions = [
      buildRecord('planVersions', {
        workbookId: snapshot.workbook.id,
        major: 1,
        minor: 0,
        publishedDate: '2025-02-01',
        status: 'approved',
        signOffs: [{ name: 'Park', role: 'CIO', date: '2025-02-02' }],
        snapshot: serialiseVersion(snapshot),
      }),
    ];
    const text = (await pages(snapshot)).join('\n');
    expect(text).not.toContain('DRAFT');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Every provider status channel in use has someone watching it',
    );
  }, 120_000);
});
