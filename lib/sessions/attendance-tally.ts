/** How many of `rows` fall under each key (the roll's 出席 / 请假 / 缺席 counts), for pages and printouts. */
export function tallyBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}
