// The lost-edit notice names the record and the field in the person's words, never the stored key:
// every field of every synced table (all of the registry, domain/tables.ts) has a label, and the
// catalogue labels the mapping reuses exist in English and Korean.
import { beforeAll, describe, expect, it } from 'vitest';
import { tableSchemas, type TableName } from '../../src/domain/tables';
import { fieldWordsOf } from '../../src/domain/version-compare';
import { loadCatalogues, messageFor, translate, type MessageKey } from '../../src/i18n';
import type { Language } from '../../src/i18n/define';
import { catalogueLabels, lostLabel } from '../../src/features/sync/lost-label';

/** Kept by the storage layer and the sync binding, never typed by a person (no conflict to name). */
const META = new Set(['id', 'workbookId', 'createdAt', 'updatedAt', 'rev', 'deletedAt', 'order']);

const tOf = (lang: Language) => (key: MessageKey) => translate(lang, key);

beforeAll(async () => {
  await loadCatalogues();
});

describe('lost-edit notice labels', () => {
  const fields = Object.entries(tableSchemas).flatMap(([table, schema]) =>
    Object.keys(schema.shape)
      .filter((f) => !META.has(f))
      .map((field) => [table as TableName, field] as const),
  );

  it('covers the registry (a sanity check on the generated list)', () => {
    expect(fields.length).toBeGreaterThan(200);
  });

  it.each(fields)('%s.%s has a label in both languages', (table, field) => {
    const key = catalogueLabels[table]?.[field];
    if (key) {
      expect(messageFor('en', key), `${key} in English`).toBeTruthy();
      expect(messageFor('ko', key), `${key} in Korean`).toBeTruthy();
    } else {
      expect(fieldWordsOf(field), `words for ${table}.${field} in version-compare.ts`).toBeDefined();
    }
    for (const lang of ['en', 'ko'] as const) {
      const label = lostLabel({ table, field, name: 'X' }, lang, tOf(lang));
      // Never the stored key ("rtoHours"): a one-word key ("scope") may read as its own label.
      if (/[A-Z]/.test(field)) expect(label).not.toContain(field);
    }
  });

  it('names the record and the field as the form shows them', () => {
    const where = { table: 'biaProcesses', field: 'rtoHours', name: 'Payroll' } as const;
    expect(lostLabel(where, 'en', tOf('en'))).toBe('Payroll — Recovery time objective (RTO), hours');
    expect(lostLabel(where, 'ko', tOf('ko'))).toBe('Payroll — 목표 복구 시간(RTO), 시간');
    const plan = { table: 'workbooks', field: 'scope', name: 'Conflict plan' } as const;
    expect(lostLabel(plan, 'en', tOf('en'))).toBe('Plan details — Scope');
    expect(lostLabel(plan, 'ko', tOf('ko'))).toBe('계획 정보 — 범위');
    const contact = { table: 'contacts', field: 'timeZone', name: 'Kim' } as const;
    expect(lostLabel(contact, 'en', tOf('en'))).toBe('Kim — Time zone');
    expect(lostLabel(contact, 'ko', tOf('ko'))).toBe('Kim — 시간대');
  });

  it('falls back to readable words: a record gone, a field unknown, a catalogue not loaded', () => {
    expect(lostLabel({ table: 'biaProcesses', field: 'rpoHours', name: '' }, 'en', tOf('en'))).toBe(
      'Process — Recovery point objective (RPO), hours',
    );
    expect(lostLabel({ table: 'contacts', field: 'pagerCode', name: 'Kim' }, 'en', tOf('en'))).toBe(
      'Kim — Pager code',
    );
    const notLoaded = (key: MessageKey) => key as string;
    expect(lostLabel({ table: 'biaProcesses', field: 'rtoHours', name: 'Payroll' }, 'ko', notLoaded)).toBe(
      'Payroll — RTO',
    );
  });
});
