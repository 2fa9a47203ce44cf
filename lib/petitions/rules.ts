// Pure rules of the petition record: the cross-field checks of a registration (信访工作条例 Art. 20,
// 29–31 and the county's transfers) and how alike two subjects are (the duplicate check). No Prisma.

export interface RegistrationFacts {
  channel?: string;
  sourceDocNo?: string | null;
  sourceDocDate?: string | null;
  receivedOn?: string | null;
  category?: string;
  collective?: boolean;
  visitorCount?: number | null;
  accusedUnitId?: string | null;
  accusedName?: string | null;
  petitioners?: readonly unknown[];
}

export interface Issue {
  path: string;
  /** The field's Chinese name. */
  label: string;
  /** Without the label (zod's field messages add it); `issueText` gives both. */
  message: string;
}

/** "标签：说明", for a 400's field map outside zod. */
export const issueText = (i: Issue) => `${i.label}：${i.message}`;

/**
 * What is wrong with a registration as a whole (the fields one by one are the schema's): a county
 * transfer names its document, a collective visit its size, an accusation whom it accuses.
 * `maxRepresentatives` (Art. 20: 不超过5人, a setting) is checked when given (the server reads the setting).
 */
export function registrationIssues(v: RegistrationFacts, opts: { maxRepresentatives?: number } = {}): Issue[] {
  const issues: Issue[] = [];
  if (v.channel === "COUNTY_TRANSFER") {
    if (!v.sourceDocNo)
      issues.push({ path: "sourceDocNo", label: "来文文号", message: "上级人大转办的信访件须填写来文文号" });
    if (!v.sourceDocDate)
      issues.push({ path: "sourceDocDate", label: "来文日期", message: "上级人大转办的信访件须填写来文日期" });
    else if (v.receivedOn && v.sourceDocDate > v.receivedOn)
      issues.push({ path: "sourceDocDate", label: "来文日期", message: `不能晚于收到日期（${v.receivedOn}）` });
  }
  if (v.collective) {
    if (!v.visitorCount) issues.push({ path: "visitorCount", label: "来访人数", message: "多人走访须填写来访人数" });
    const reps = v.petitioners?.length ?? 0;
    if (opts.maxRepresentatives !== undefined && reps > opts.maxRepresentatives)
      issues.push({
        path: "petitioners",
        label: "信访人",
        message: `多人走访推选的代表不超过 ${opts.maxRepresentatives} 人（信访工作条例第二十条），现有 ${reps} 人`,
      });
    else if (v.visitorCount && reps > v.visitorCount)
      issues.push({ path: "visitorCount", label: "来访人数", message: `不能少于登记的代表人数（${reps}）` });
  }
  if (v.category === "ACCUSATION" && !v.accusedUnitId && !v.accusedName)
    issues.push({ path: "accusedName", label: "被检举人", message: "检举控告类须填写被检举的单位或个人" });
  return issues;
}

/** The characters that carry meaning: letters, digits and CJK, without spaces and punctuation. */
const meaningful = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

function bigrams(s: string): Map<string, number> {
  const text = meaningful(s);
  const grams = new Map<string, number>();
  if (text.length === 1) grams.set(text, 1);
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/**
 * How alike two subjects are, 0–1: the Dice coefficient of their character bigrams. Chinese has no
 * spaces between words, so two-character runs are what carry the meaning (欠薪, 砖厂, 低保); it
 * ignores punctuation and spacing (docs/decisions.md, Possible duplicates of a petition).
 */
export function subjectSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let sizeX = 0;
  let sizeY = 0;
  let common = 0;
  for (const n of x.values()) sizeX += n;
  for (const [g, n] of y) {
    sizeY += n;
    common += Math.min(n, x.get(g) ?? 0);
  }
  if (sizeX + sizeY === 0) return 0;
  return (2 * common) / (sizeX + sizeY);
}

/** Subjects at least this alike are shown as possible duplicates. */
export const SIMILAR_SUBJECT = 0.5;
