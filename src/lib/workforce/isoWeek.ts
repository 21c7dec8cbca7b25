const DAY = 86_400_000;

/** Monday 00:00 UTC of the ISO week that holds this instant. */
function mondayOf(ms: number): number {
  const day = Math.floor(ms / DAY) * DAY;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return day - weekday * DAY;
}

/**
 * The ISO 8601 week (UTC) of an RFC 3339 timestamp, as `YYYY-Www` (e.g. `2026-W01`): weeks start on
 * Monday and week 1 is the week with the year's first Thursday. The strings sort chronologically.
 */
export function isoWeek(timestamp: string): string {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms))
    throw new Error(`isoWeek: "${timestamp}" is not a timestamp (expected RFC 3339, e.g. 2026-01-05T09:00:00Z).`);
  const thursday = new Date(mondayOf(ms) + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday 00:00 UTC of a `YYYY-Www` week. */
function mondayOfWeek(week: string): number {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new Error(`isoWeekRange: "${week}" is not an ISO week (expected YYYY-Www, e.g. 2026-W01).`);
  // 4 January is always in week 1.
  return mondayOf(Date.UTC(Number(match[1]), 0, 4)) + (Number(match[2]) - 1) * 7 * DAY;
}

/** Every ISO week from `first` to `last`, both included, in order (empty when `last` is before `first`). */
export function isoWeekRange(first: string, last: string): string[] {
  const weeks: string[] = [];
  for (let ms = mondayOfWeek(first), end = mondayOfWeek(last); ms <= end; ms += 7 * DAY)
    weeks.push(isoWeek(new Date(ms).toISOString()));
  return weeks;
}

/** The month (`YYYY-MM`) an ISO week belongs to: the month of its Thursday, as ISO years are counted. */
export function isoWeekMonth(week: string): string {
  return new Date(mondayOfWeek(week) + 3 * DAY).toISOString().slice(0, 7);
}
