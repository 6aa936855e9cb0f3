// The one autosave hook's rules, called directly: catch-up, undo within the save delay, invalid text
// kept, fields saved together, another tab's edit shown, and which stored snapshots are news (an
// import or restore that lowers a rev is; a query that read before this tab's own write may not be).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldsToShow, mayBeStale, patchFor, versionKey } from '../../src/components/form/autosave-rules';
import { incidentTimesSchema } from '../../src/features/incidents/form-schemas';

const schema = z.object({ title: z.string().min(1), owner: z.string() });
const shape = schema.shape as Record<string, z.ZodType>;
const none = () => false;

describe('what a change queues', () => {
  const base = { shape, schema, together: false, isPending: none };
  it('catch-up: every valid field that differs from the stored record', () => {
    expect(
      patchFor({
        ...base,
        fields: ['title', 'owner'],
        values: { title: 'New', owner: 'Kim' },
        stored: { title: 'Old', owner: 'Kim' },
      }),
    ).toEqual({ title: 'New' });
    expect(
      patchFor({
        ...base,
        fields: ['title', 'owner'],
        values: { title: 'Old', owner: '' },
        stored: { title: 'Old', owner: '' },
      }),
    ).toBeNull();
  });
  it('an invalid field is never queued (its text stays on screen with the error)', () => {
    expect(
      patchFor({
        ...base,
        fields: ['title'],
        values: { title: '', owner: '' },
        stored: { title: 'Old', owner: '' },
      }),
    ).toBeNull();
  });
  it('undo within the delay: a value equal to the stored one is queued while an edit of it is pending', () => {
    const input = {
      ...base,
      fields: ['owner'],
      values: { title: 'T', owner: 'Kim' },
      stored: { title: 'T', owner: 'Kim' },
    };
    expect(patchFor(input)).toBeNull();
    expect(patchFor({ ...input, isPending: (f) => f === 'owner' })).toEqual({ owner: 'Kim' });
  });
  it('fields checked as a whole are queued together, and not at all while the whole is invalid', () => {
    const times = {
      shape: incidentTimesSchema.shape as Record<string, z.ZodType>,
      schema: incidentTimesSchema,
      together: true,
      fields: ['endAt'],
      isPending: none,
      stored: { startAt: '2026-01-02T10:00', endAt: null },
    };
    expect(
      patchFor({ ...times, values: { startAt: '2026-01-02T10:00', endAt: '2026-01-02T09:00' } }),
    ).toBeNull();
    expect(
      patchFor({ ...times, values: { startAt: '2026-01-02T08:00', endAt: '2026-01-02T09:00' } }),
    ).toEqual({
      startAt: '2026-01-02T08:00',
      endAt: '2026-01-02T09:00',
    });
  });
});

describe('which stored snapshot is news', () => {
  const v = (rev: number, updatedAt: string) => ({ rev, updatedAt });
  it('before this tab has seen its own write, a lower rev may be a query that read before it', () => {
    const seen = new Set([versionKey(v(4, 'a'))]);
    expect(mayBeStale(v(4, 'a'), v(5, 'b'), seen)).toBe(true);
    expect(mayBeStale(v(6, 'c'), v(5, 'b'), seen)).toBe(false);
  });
  it('once its own write was seen, any version is news: an import may lower the rev', () => {
    const seen = new Set([versionKey(v(4, 'a')), versionKey(v(5, 'b'))]);
    expect(mayBeStale(v(2, 'from the file'), v(5, 'b'), seen)).toBe(false);
  });
  it('a tab that never wrote the record takes every version', () => {
    expect(mayBeStale(v(1, 'x'), undefined, new Set())).toBe(false);
  });
});

describe('which fields a newer snapshot overwrites', () => {
  it('every differing valid field, except one with an unsaved edit of this tab', () => {
    expect(
      fieldsToShow({
        shape,
        values: { title: 'Mine', owner: 'Kim' },
        incoming: { title: 'Theirs', owner: 'Park' },
        isPending: (f) => f === 'title',
      }),
    ).toEqual(['owner']);
  });
  it('not a field holding invalid text the user typed', () => {
    expect(
      fieldsToShow({
        shape,
        values: { title: '', owner: '' },
        incoming: { title: 'Theirs', owner: '' },
        isPending: none,
      }),
    ).toEqual([]);
  });
});
