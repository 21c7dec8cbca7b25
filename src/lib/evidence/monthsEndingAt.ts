/** The `count` calendar months (`YYYY-MM`, oldest first) ending with the month of `date` (YYYY-MM-DD or an ISO instant, read in UTC). */
export function monthsEndingAt(date: string, count: number): string[] {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/** The instant a month (`YYYY-MM`) ends: the first moment of the next month, in UTC, as an ISO string. */
export function monthEnd(month: string): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1));
  return d.toISOString();
}
