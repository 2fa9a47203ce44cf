// Dates as official documents write them. Pure.

/** 2026-09-01 → 2026年9月1日. */
export function cnDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2026年9月1日至3日 / 2026年9月30日至10月1日 / one day: 2026年9月1日. */
export function cnDateRange(start: string, end: string): string {
  if (start === end) return cnDate(start);
  const [y1, m1] = start.split("-").map(Number);
  const [y2, m2, d2] = end.split("-").map(Number);
  const tail = y1 !== y2 ? cnDate(end) : m1 !== m2 ? `${m2}月${d2}日` : `${d2}日`;
  return `${cnDate(start)}至${tail}`;
}
