import { beforeAll, describe, expect, it } from 'vitest';
import {
  appliesToPhase,
  checklistProgress,
  filterChecklist,
  matrixModel,
  noFilter,
  ownerBalance,
} from '../../src/domain/checklist';
import {
  defaultResponsibilityCatalogue,
  responsibilityAreas,
  type ResponsibilityItem,
} from '../../src/domain/responsibility';
import { createRecord, listByWorkbook, patchRecord } from '../../src/db/records';
import { createWorkbook } from '../../src/db/workbooks';
import { hasMessage, loadCatalogues, messageFor } from '../../src/i18n';
import { makeT } from '../../src/i18n/use-i18n';
import { itemDescription, itemTitle, statusLabel } from '../../src/features/responsibilities/item-text';
import { checklistCsv } from '../../src/features/responsibilities/checklist-csv';

beforeAll(() => loadCatalogues());
const hangul = /[\uAC00-\uD7A3]/;

describe('default responsibility catalogue', () => {
  it('has 13 keyed items with a title and description in English and Korean', () => {
    expect(defaultResponsibilityCatalogue).toHaveLength(13);
    expect(new Set(defaultResponsibilityCatalogue.map((e) => e.key)).size).toBe(13);
    for (const { key } of defaultResponsibilityCatalogue) {
      for (const part of ['title', 'description']) {
        const k = `responsibilities.item.${key}.${part}`;
        expect(hasMessage(k), k).toBe(true);
        expect(messageFor('en', k)!.length, k).toBeGreaterThan(10);
        expect(hangul.test(messageFor('ko', k)!), k).toBe(true);
      }
    }
    for (const area of responsibilityAreas) {
      expect(hangul.test(messageFor('ko', `responsibilities.area.${area}`)!)).toBe(true);
    }
  });

  it('seeds every new workbook, and shows catalogue text in the current language until edited', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const items = await listByWorkbook('responsibilities', w.id);
    expect(items.map((i) => i.catalogueKey)).toEqual(defaultResponsibilityCatalogue.map((e) => e.key));
    const dir = items.find((i) => i.catalogueKey === 'identityDirectory')!;
    expect(dir.owner).toBe('shared');
    expect(itemTitle(makeT('en'), dir)).toBe('Running the identity and directory link');
    expect(itemTitle(makeT('ko'), dir)).toBe('ID·디렉터리 연동 운영');
    expect(itemDescription(makeT('ko'), dir)).toMatch(hangul);
    const edited = await patchRecord('responsibilities', dir.id, { title: 'Entra Connect sync' });
    expect(itemTitle(makeT('ko'), edited)).toBe('Entra Connect sync');
    expect(itemTitle(makeT('en'), { ...edited, title: '  ' })).toBe(
      'Running the identity and directory link',
    );
  });

  it('phrases provider-owned statuses as "do we know how to check it and who watches it"', () => {
    expect(statusLabel(makeT('en'), 'provider', 'in_place')).toMatch(/know how to check it/);
    expect(statusLabel(makeT('en'), 'customer', 'in_place')).toBe('In place');
    expect(statusLabel(makeT('ko'), 'provider', 'gap')).toMatch(/확인 방법을 모름/);
  });
});

const item = (over: Partial<ResponsibilityItem>): ResponsibilityItem => ({
  id: Math.random().toString(36).slice(2),
  workbookId: 'w',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 0,
  deletedAt: null,
  order: 0,
  catalogueKey: null,
  area: 'identity_access',
  owner: 'customer',
  phase: 'both',
  title: 'x',
  description: '',
  hidden: false,
  reviewStatus: 'not_reviewed',
  responsiblePerson: '',
  notes: '',
  reviewedDate: null,
  decisionNeeded: false,
  decisionCost: null,
  decisionNeededBy: null,
  ...over,
});

describe('matrix and progress rules', () => {
  const items = [
    item({
      title: 'a',
      phase: 'both',
      owner: 'provider',
      area: 'service_delivery',
      reviewStatus: 'in_place',
    }),
    item({ title: 'b', phase: 'incident', owner: 'customer', reviewStatus: 'gap' }),
    item({
      title: 'c',
      phase: 'regular',
      owner: 'shared',
      area: 'identity_directory',
      reviewStatus: 'partial',
    }),
    item({ title: 'd', phase: 'regular', owner: 'customer', hidden: true, reviewStatus: 'gap' }),
    item({ title: 'e', phase: 'incident', owner: 'customer', reviewStatus: 'not_applicable' }),
    item({ title: 'f', phase: 'both', owner: 'customer' }),
  ];

  it('puts "both" items in each phase and leaves hidden items out of the matrix', () => {
    expect(appliesToPhase({ phase: 'both' }, 'incident')).toBe(true);
    expect(appliesToPhase({ phase: 'regular' }, 'incident')).toBe(false);
    const titles = (phase: 'incident' | 'regular') =>
      matrixModel(items, phase)
        .flatMap((r) =>
          Object.values(r.cells)
            .flat()
            .map((i) => i.title),
        )
        .sort();
    expect(titles('incident')).toEqual(['a', 'b', 'e', 'f']);
    expect(titles('regular')).toEqual(['a', 'c', 'f']);
    const rows = matrixModel(items, 'regular');
    expect(rows.map((r) => r.area)).toEqual([...responsibilityAreas]);
    expect(rows.find((r) => r.area === 'identity_directory')!.cells.shared.map((i) => i.title)).toEqual([
      'c',
    ]);
    expect(ownerBalance(items, 'incident')).toEqual({ customer: 3, shared: 0, provider: 1 });
  });

  it('counts reviewed share and open gaps over visible items', () => {
    const p = checklistProgress(items);
    expect(p.total).toBe(5);
    expect(p.reviewed).toBe(4);
    expect(p.reviewedShare).toBeCloseTo(0.8);
    expect(p.openGaps).toBe(1);
    expect(p.counts.partial).toBe(1);
    expect(checklistProgress([]).reviewedShare).toBe(0);
  });

  it('filters by status, owner, phase and hidden', () => {
    const titles = (f: Partial<typeof noFilter>) =>
      filterChecklist(items, { ...noFilter, ...f }).map((i) => i.title);
    expect(titles({})).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(titles({ status: 'gap' })).toEqual(['b']);
    expect(titles({ owner: 'customer', phase: 'incident' })).toEqual(['b', 'e', 'f']);
    expect(titles({ hidden: true })).toEqual(['d']);
  });
});

describe('checklist CSV', () => {
  it('exports every item, hidden ones marked, in the chosen language', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await createRecord('responsibilities', {
      workbookId: w.id,
      area: 'continuity_planning',
      owner: 'customer',
      phase: 'both',
      title: '=HYPERLINK("x"), "quoted"',
      notes: '줄1\n줄2',
      hidden: true,
      reviewStatus: 'gap',
    });
    const items = await listByWorkbook('responsibilities', w.id);
    const csv = checklistCsv(makeT('ko'), items);
    expect(csv.startsWith('\uFEFF영역,책임 주체,단계,항목')).toBe(true);
    expect(csv).toContain('ID·디렉터리 연동 운영');
    expect(csv).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
    expect(csv).toContain('"줄1\n줄2"');
    expect(csv.split('\r\n')).toHaveLength(1 + 14);
  });
});
