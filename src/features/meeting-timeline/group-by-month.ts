/** Meetings grouped by the year, then the month, of their first day; the meetings' order is kept. */
export type YearGroup<M> = { year: string; months: { month: string; meetings: M[] }[] };

export function groupByYearAndMonth<M extends { start: string }>(meetings: M[]): YearGroup<M>[] {
  const groups: YearGroup<M>[] = [];
  for (const m of meetings) {
    const year = m.start.slice(0, 4);
    const month = m.start.slice(0, 7);
    let g = groups.at(-1);
    if (g?.year !== year) {
      g = { year, months: [] };
      groups.push(g);
    }
    let mg = g.months.at(-1);
    if (mg?.month !== month) {
      mg = { month, meetings: [] };
      g.months.push(mg);
    }
    mg.meetings.push(m);
  }
  return groups;
}
