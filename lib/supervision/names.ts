// How a poll's target is written on forms, pages and printed sheets.

/** The unit, or the official with the unit and post: 张三（民政办主任）. */
export function targetName(t: {
  officialName: string | null;
  officialPost: string | null;
  unit?: { name: string } | null;
}): string {
  if (!t.officialName) return t.unit?.name ?? "—";
  const post = [t.unit?.name, t.officialPost].filter(Boolean).join("");
  return post ? `${t.officialName}（${post}）` : t.officialName;
}
