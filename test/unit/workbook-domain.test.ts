import { describe, expect, it } from 'vitest';
import { addMonths, isReviewOverdue, nextReviewDate, workbookSchema } from '../../src/domain/workbook';

describe('workbook review cycle', () => {
  it('adds the cycle to the last review date', () => {
    expect(nextReviewDate({ lastReviewDate: '2026-03-15', reviewCycleMonths: 6 })).toBe('2026-09-15');
    expect(nextReviewDate({ lastReviewDate: '2026-11-30', reviewCycleMonths: 3 })).toBe('2027-02-28');
    expect(nextReviewDate({ lastReviewDate: null, reviewCycleMonths: 12 })).toBeNull();
  });
  it('clamps to the end of shorter months and crosses years', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-12-10', 14)).toBe('2027-02-10');
  });
  it('knows when a review is overdue', () => {
    const w = { lastReviewDate: '2025-01-01', reviewCycleMonths: 12 };
    expect(isReviewOverdue(w, '2026-01-02')).toBe(true);
    expect(isReviewOverdue(w, '2025-12-31')).toBe(false);
  });
  it('fills defaults and rejects a blank title with an i18n key', () => {
    const now = new Date().toISOString();
    const base = { id: 'a', createdAt: now, updatedAt: now };
    const ok = workbookSchema.parse({ ...base, title: 'Plan' });
    expect(ok).toMatchObject({ status: 'draft', reviewCycleMonths: 12, rev: 0, deletedAt: null, scope: '' });
    const bad = workbookSchema.safeParse({ ...base, title: '   ' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toBe('errors.required');
    expect(
      workbookSchema.safeParse({ ...base, title: 'x', reviewCycleMonths: 0 }).error!.issues[0]!.message,
    ).toBe('errors.reviewCycle');
  });
});
