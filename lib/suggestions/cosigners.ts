// The co-signer picker's list (pure): deputies under their 小组, filtered by part of a name.

export interface CosignerOption {
  id: string;
  name: string;
  groupId: string | null;
}

export interface CosignerGroup<T> {
  /** The group's id, or null for deputies in no group (listed last as 未分组). */
  id: string | null;
  name: string;
  deputies: T[];
}

/**
 * `deputies` (already in 姓氏笔画 order) under `groups` (already in natural order), keeping both orders;
 * a group with nobody matching is left out. `q` matches part of a name, spaces ignored.
 */
export function groupCosigners<T extends CosignerOption>(
  deputies: readonly T[],
  groups: readonly { id: string; name: string }[],
  q = "",
): CosignerGroup<T>[] {
  const text = q.replace(/\s+/g, "");
  const shown = text ? deputies.filter((d) => d.name.replace(/\s+/g, "").includes(text)) : deputies;
  const known = new Set(groups.map((g) => g.id));
  const out: CosignerGroup<T>[] = groups.map((g) => ({
    id: g.id,
    name: g.name,
    deputies: shown.filter((d) => d.groupId === g.id),
  }));
  out.push({ id: null, name: "未分组", deputies: shown.filter((d) => !d.groupId || !known.has(d.groupId)) });
  return out.filter((g) => g.deputies.length > 0);
}

/** The words of the form for a suggestion (附议代表, 提交建议) or a motion (联名人, 提交议案). */
export function kindWording(motion: boolean) {
  return motion
    ? { cosigners: "联名人", submit: "提交议案", title: "提交议案" }
    : { cosigners: "附议代表", submit: "提交建议", title: "提交建议" };
}
