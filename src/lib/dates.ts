// Dates for people, one formatter for the app and the printed plan (so a date reads the same on
// screen and on paper), and today's calendar date. Calendar dates are YYYY-MM-DD in the user's zone.

export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const locales = { en: 'en-GB', ko: 'ko-KR' } as const;

export function dateFormats(lang: keyof typeof locales) {
  const locale = locales[lang];
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const moment = (timeZone: string | undefined) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone });
  const here = moment(undefined);
  const asTyped = moment('UTC');
  return {
    /** A calendar date (YYYY-MM-DD, or the date part of a timestamp), with no time-zone shift. */
    date: (iso: string | null | undefined) =>
      iso ? day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : '',
    /** A moment (an ISO timestamp such as updatedAt), in this device's time zone. */
    dateTime: (iso: string | null | undefined) => (iso ? here.format(new Date(iso)) : ''),
    /** A wall-clock time as typed (YYYY-MM-DDTHH:mm, e.g. an incident's start), shown as typed. */
    wallClock: (local: string | null | undefined) =>
      local ? asTyped.format(new Date(`${local.slice(0, 16)}:00Z`)) : '',
  };
}
