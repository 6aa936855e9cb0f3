// The printed plan names an imported incident's provider id and status (English and Korean).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPlanInNode } from '../../src/cli/plan-render';
import { buildRecord } from '../../src/db/records';
import { parseProviderHealth } from '../../src/domain/provider-health';
import { loadCatalogues } from '../../src/i18n';
import { planSections } from '../../src/features/plan-export/document/options';
import { emptySnapshot } from './helpers/plan-snapshot';

beforeAll(() => loadCatalogues());

describe('the plan PDF and provider incidents', () => {
  it.each([
    ['en', 'Provider record EX226792 · Service restored'],
    ['ko', '공급자 기록 EX226792 · 서비스 복구됨'],
  ] as const)('%s', async (lang, line) => {
    const parsed = parseProviderHealth(
      readFileSync(join(import.meta.dirname, '../fixtures/graph/list-issues.response.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('refused');
    const snapshot = emptySnapshot('Provider plan');
    const item = parsed.items[0]!;
    snapshot.incidents = [
      buildRecord('incidents', {
        workbookId: snapshot.workbook.id,
        title: item.title,
        service: item.service,
        startAt: item.startAt,
        endAt: item.endAt,
        provider: { ...item.provider, report: null },
      }),
    ];
    const pdf = await renderPlanInNode(snapshot, {
      lang,
      summary: false,
      sections: planSections,
      today: '2025-03-01',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'provider-pdf-')), 'plan.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(line);
  });
});
