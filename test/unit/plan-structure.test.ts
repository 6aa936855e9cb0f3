// What the plan prints once and where it says so: items for both phases print once (as many
// "Gap" cells as gaps), and the admin center's own dashboard gets no place in the fallback order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues, translate } from '../../src/i18n';
import { renderPlanInNode } from '../../src/cli/plan-render';
import { englishWords, fullSnapshot } from './helpers/plan-snapshot';

const dir = mkdtempSync(join(tmpdir(), 'plan-structure-'));

beforeAll(async () => {
  await loadCatalogues();
});

describe('plan structure', () => {
  it('prints each responsibility once, whatever its phase, and no fallback number for the dashboard', async () => {
    const snapshot = fullSnapshot(englishWords, 1);
    const both = snapshot.responsibilities.filter((r) => r.phase === 'both');
    expect(both.length).toBeGreaterThan(0);
    // Exactly three gaps, one of them for both phases.
    snapshot.responsibilities = snapshot.responsibilities.map((r) => ({
      ...r,
      reviewStatus: r.reviewStatus === 'gap' ? 'partial' : r.reviewStatus,
    }));
    const gapIds = [
      both[0]!.id,
      ...snapshot.responsibilities
        .filter((r) => r.phase !== 'both')
        .slice(0, 2)
        .map((r) => r.id),
    ];
    snapshot.responsibilities = snapshot.responsibilities.map((r) =>
      gapIds.includes(r.id) ? { ...r, reviewStatus: 'gap' as const } : r,
    );
    // The planner numbered the admin center's dashboard 1 anyway.
    snapshot.providerChannels = snapshot.providerChannels.map((c) =>
      c.kind === 'service_health_dashboard' ? { ...c, fallbackOrder: 1 } : c,
    );
    const pdf = await renderPlanInNode(snapshot, {
      lang: 'en',
      summary: false,
      sections: ['responsibilities', 'communications'],
      today: '2025-03-01',
    });
    const file = join(dir, 'structure.pdf');
    writeFileSync(file, pdf);
    const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim());
    expect(lines.filter((l) => l === 'Gap')).toHaveLength(3);
    expect(lines).toContain('During an incident and in regular operation');
    const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(layout).toMatch(/^\s*–\s+Service health dashboard/m);
    expect(layout).toMatch(/^\s*1\s+Backup status site/m);
  }, 120_000);
});

describe("the provider's commitments", () => {
  it('prints the three promises in English and Korean', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const pdf = await renderPlanInNode(fullSnapshot(englishWords, 1), {
        lang,
        summary: false,
        sections: ['communications'],
        today: '2025-03-01',
      });
      const file = join(dir, `commitments-${lang}.pdf`);
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        '',
      );
      for (const key of ['heading', 'timely', 'targeted', 'available'] as const)
        expect(text).toContain(translate(lang, `communications.commitments.${key}`).replace(/\s+/g, ''));
    }
    expect(translate('en', 'communications.commitments.timely')).toMatch(/every hour/);
    expect(translate('ko', 'communications.commitments.targeted')).toMatch(/넓힙니다/);
  }, 120_000);
});
