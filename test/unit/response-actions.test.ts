// The one action list (scenario mitigations, lessons turned into actions, BIA gaps; overdue and due
// within 14 days; filter and sort) and the .ics of due dates, checked octet for octet.
import { describe, expect, it } from 'vitest';
import { mitigationActionSchema } from '../../src/domain/scenario';
import { collectActions, filterActions, sortActions } from '../../src/domain/response-actions';
import { buildIcs, escapeIcsText, foldIcsLine } from '../../src/domain/response-ics';

const meta = (id: string) => ({
  id,
  workbookId: 'w1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const action = (id: string, extra: Record<string, unknown>) =>
  mitigationActionSchema.parse({ ...meta(id), scenarioId: 's1', action: `Action ${id}`, ...extra });
const today = '2026-12-03';

const items = collectActions(
  {
    mitigationActions: [
      action('a1', { owner: 'Kim', dueDate: '2026-12-01' }),
      action('a2', { owner: 'Lee', dueDate: '2026-12-17', sourceIncidentId: 'i1' }),
      action('a3', { owner: 'Kim', dueDate: '2026-12-18', status: 'in_progress' }),
      action('a4', { owner: 'Park', dueDate: '2026-11-01', status: 'done' }),
      action('a5', { owner: 'Kim', deletedAt: '2026-02-01T00:00:00.000Z' }),
      action('a6', { scenarioId: 'gone' }),
    ],
    scenarios: [{ id: 's1', title: 'Mail outage' }],
    processes: [{ id: 'p1', name: 'Payroll', ownerContactId: 'c1' }],
    contacts: [{ id: 'c1', name: 'Choi' }],
    gaps: [{ processId: 'p1', causeResourceId: 'r1', backAt: 48, rtoHours: 24 }],
  },
  today,
);

describe('the one action list', () => {
  it('gathers every live action with its source, overdue and due-soon (14 days inclusive)', () => {
    expect(
      items.map((a) => [a.id, a.source, a.owner, a.status, a.overdue, a.dueSoon, a.editable, a.context]),
    ).toEqual([
      ['a1', 'scenario', 'Kim', 'open', true, false, true, 'Mail outage'],
      ['a2', 'lesson', 'Lee', 'open', false, true, true, 'Mail outage'],
      ['a3', 'scenario', 'Kim', 'in_progress', false, false, true, 'Mail outage'],
      ['a4', 'scenario', 'Park', 'done', false, false, true, 'Mail outage'],
      ['bia:p1', 'bia', 'Choi', 'open', false, false, false, 'Payroll'],
    ]);
  });
  it('filters by owner, status, source and due, and sorts with no date last', () => {
    expect(filterActions(items, { owner: 'Kim' }).map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(filterActions(items, { status: 'open', source: 'scenario' }).map((a) => a.id)).toEqual(['a1']);
    expect(filterActions(items, { due: 'overdue' }).map((a) => a.id)).toEqual(['a1']);
    expect(filterActions(items, { due: 'soon' }).map((a) => a.id)).toEqual(['a2']);
    expect(filterActions(items, { source: 'bia' }).map((a) => a.id)).toEqual(['bia:p1']);
    expect(sortActions(items, 'dueDate').map((a) => a.id)).toEqual(['a4', 'a1', 'a2', 'a3', 'bia:p1']);
    expect(sortActions(items, 'owner').map((a) => a.owner)).toEqual(['Choi', 'Kim', 'Kim', 'Lee', 'Park']);
  });
});

describe('.ics of due dates', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = 'SUMMARY:' + 'x'.repeat(100);
    expect(foldIcsLine(line)).toBe(`SUMMARY:${'x'.repeat(67)}\r\n ${'x'.repeat(33)}`);
    const korean = foldIcsLine('SUMMARY:' + '가'.repeat(30));
    const parts = korean.split('\r\n');
    expect(parts.map((p) => new TextEncoder().encode(p).length)).toEqual([74, 25]);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe('SUMMARY:' + '가'.repeat(30));
  });
  it('is a VCALENDAR of all-day VEVENTs with CRLF line endings, exactly', () => {
    const ics = buildIcs(
      [
        {
          uid: 'a1',
          date: '2026-12-31',
          summary: 'Test the bridge line, then; report',
          description: 'Owner: Kim',
        },
      ],
      '2026-12-03T15:24:21.123Z',
    );
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Continuity Workbook//Actions//EN',
        'CALSCALE:GREGORIAN',
        'BEGIN:VEVENT',
        'UID:a1@continuity-workbook',
        'DTSTAMP:20261203T152421Z',
        'DTSTART;VALUE=DATE:20261231',
        'DTEND;VALUE=DATE:20270101',
        'SUMMARY:Test the bridge line\\, then\\; report',
        'DESCRIPTION:Owner: Kim',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
