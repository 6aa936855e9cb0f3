// An iCalendar file (RFC 5545) of the action list's due dates, so reminders reach the planner's
// calendar with no server: one all-day VEVENT per open action with a due date. Lines end in CRLF,
// are folded at 75 octets (never inside a UTF-8 character) and text values are escaped.
import { addDays } from './response-dates';

export type IcsEvent = { uid: string; date: string; summary: string; description?: string };

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export const escapeIcsText = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds one content line into pieces of at most 75 octets; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const basicDate = (isoDate: string) => isoDate.replace(/-/g, '');
/** 2026-12-03T15:24:21.000Z → 20261203T152421Z */
const basicDateTime = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '').slice(0, 15) + 'Z';

export function buildIcs(events: readonly IcsEvent[], nowIso: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Continuity Workbook//Actions//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(e.uid)}@continuity-workbook`,
      `DTSTAMP:${basicDateTime(nowIso)}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeIcsText(e.description)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
