// Calendar-day arithmetic on YYYY-MM-DD strings in UTC, so "due in 14 days" and the .ics end date
// do not move with the device's time zone or daylight saving.
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
