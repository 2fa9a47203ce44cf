// Pure rules of the petition record: the cross-field checks of a registration (信访工作条例 Art. 20,
// 29–31 and the county's transfers) and how alike two subjects are (the duplicate check). No Prisma.
//
// The handling chain of a petition (信访), 信访工作条例 (2022), as a state machine: which step may come in
// which state, with the Chinese reason when not (the API's 409 and the page's hint). Pure; unit-tested.
// 登记 → 告知 (Art. 23) → 拟办 → 批办 → 转办 → 回复 → 报告 (county cases) → 办结; 退回 (the unit's objection,
// Art. 23 para 3) returns a transferred case to 已批办 for another unit; 延期 (Art. 34), 复查/复核 (Art. 35–36),
// 催办, 回访 and 回避 (Art. 28) leave the state as it is. A case not accepted here (转送 elsewhere, 告知 to go
// to the competent body, or already accepted: Art. 19 para 3) is closed after its notice.
import type { PetitionCategory, PetitionChannel, PetitionIntake, PetitionState } from "@/lib/generated/prisma/enums";
import type { PetitionStepName } from "@/lib/petitions/chain-labels";
import { PETITION_STATE_LABELS } from "@/lib/petitions/labels";

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

// ── The handling chain (state machine) ────────────────────────────────────────

/** What the chain's rules look at. */
export interface ChainRecord {
  state: PetitionState;
  category: PetitionCategory;
  channel: PetitionChannel;
  intake: PetitionIntake | null;
  notifiedOn: Date | null;
  noticeWaivedReason: string | null;
  acceptedOn: Date | null;
  extensionDays: number | null;
  returnVisitOn: Date | null;
  /** The 复查 / 复核 rows (Art. 35–36). */
  reviews: readonly { level: "REVIEW" | "RE_REVIEW"; answeredOn: Date | null; requestedOn: Date }[];
}

/** The states in which the case is with the units (the inbox's "being handled"). */
export const HANDLING_STATES: readonly PetitionState[] = ["TRANSFERRED"];
/** Accepted and not yet closed: the 60-day clock runs (Art. 34). */
export const RUNNING_STATES: readonly PetitionState[] = [
  "REGISTERED",
  "PROPOSED",
  "APPROVED",
  "TRANSFERRED",
  "ANSWERED",
  "REPORTED",
];

const wrongState = (state: PetitionState, what: string) => `信访件当前为“${PETITION_STATE_LABELS[state]}”，${what}`;

/** Told how the matter is taken up, or the notice waived (name or address unclear). */
export const intakeDecided = (r: ChainRecord) => r.intake != null;
/** Cases passed down by the county congress report back before closing. */
export const reportsToCounty = (r: Pick<ChainRecord, "channel">) => r.channel === "COUNTY_TRANSFER";
/** Art. 32: a 申诉求决类 case's answer is a 信访处理意见书 with its decision and legal basis. */
export const needsDecision = (r: Pick<ChainRecord, "category">) => r.category === "APPEAL_CLAIM";

/** The 复查 / 复核 step may come now: which level is next, or why none. */
export function nextReviewLevel(r: ChainRecord): "REVIEW" | "RE_REVIEW" | string {
  if (r.category !== "APPEAL_CLAIM") return "只有申诉求决类信访件（出具信访处理意见书的）可以请求复查、复核";
  if (!["ANSWERED", "REPORTED", "CLOSED"].includes(r.state)) return "信访件尚未书面答复，不能请求复查";
  const review = r.reviews.find((x) => x.level === "REVIEW");
  if (!review) return "REVIEW";
  if (!review.answeredOn) return "复查意见尚未登记，不能请求复核";
  if (r.reviews.some((x) => x.level === "RE_REVIEW"))
    return "已经复核：以同一事实和理由再次提出的不再受理（第三十六条）";
  return "RE_REVIEW";
}

/** The open 复查 / 复核 request awaiting its answer, if any. */
export const openReview = (r: ChainRecord) => r.reviews.find((x) => !x.answeredOn) ?? null;

/**
 * Whether `step` may be taken on the record now, by its state and its facts: true, or why not.
 * Who may take it (role, unit, recusal, the objection window) is the step's own `who`.
 */
export function chainAllows(step: PetitionStepName, r: ChainRecord): true | string {
  const closed = r.state === "CLOSED";
  switch (step) {
    case "notify":
      if (intakeDecided(r)) return "已经告知，受理结果不能再次登记";
      return closed ? wrongState(r.state, "不能告知") : true;
    case "propose":
      if (!intakeDecided(r)) return "请先告知信访人受理情况（第二十三条），再拟办";
      if (r.intake !== "ACCEPT") return "信访件未在本镇受理，无需拟办，可直接办结";
      return r.state === "REGISTERED" ? true : wrongState(r.state, "不能拟办");
    case "approve":
      return r.state === "PROPOSED" ? true : wrongState(r.state, "没有待批办的拟办意见");
    case "transfer":
      return r.state === "APPROVED" ? true : wrongState(r.state, "批办后才能转办");
    case "object":
    case "remind":
    case "reply":
      return r.state === "TRANSFERRED"
        ? true
        : wrongState(r.state, step === "reply" ? "不能回复" : "不在承办单位办理中");
    case "extend":
      if (r.intake !== "ACCEPT" || !r.acceptedOn) return "信访件尚未受理，没有办理期限可以延长";
      if (r.extensionDays != null) return "办理期限已经延长过一次，不能再次延期（第三十四条）";
      return closed ? wrongState(r.state, "不能延期") : true;
    case "report":
      if (!reportsToCounty(r)) return "只有上级人大转办的信访件需要报告办理结果";
      return r.state === "ANSWERED" ? true : wrongState(r.state, "承办单位回复后才能报告");
    case "close":
      return closeAllowed(r);
    case "visit":
      if (!closed) return "办结后才能登记回访";
      return r.returnVisitOn ? "已经登记过回访" : true;
    case "review_request": {
      const level = nextReviewLevel(r);
      if (level !== "REVIEW" && level !== "RE_REVIEW") return level;
      return openReview(r) ? "上一次复查请求尚未答复" : true;
    }
    case "review_answer":
      return openReview(r) ? true : "没有待答复的复查或复核请求";
    case "recuse":
      return closed ? wrongState(r.state, "不能再登记回避") : true;
  }
}

function closeAllowed(r: ChainRecord): true | string {
  if (r.state === "CLOSED") return "信访件已经办结";
  if (!intakeDecided(r)) return "请先告知信访人受理情况（第二十三条）";
  if (r.intake !== "ACCEPT") return r.state === "REGISTERED" ? true : wrongState(r.state, "不能办结");
  if (reportsToCounty(r)) return r.state === "REPORTED" ? true : "上级人大转办的信访件须先报告办理结果，再办结";
  return r.state === "ANSWERED" ? true : "承办单位回复后才能办结";
}

/** The state a step leads to (null: unchanged). 批办 and 退回 depend on the input: see their steps. */
export function nextState(step: PetitionStepName): PetitionState | null {
  switch (step) {
    case "propose":
      return "PROPOSED";
    case "approve":
      return "APPROVED";
    case "transfer":
      return "TRANSFERRED";
    case "object":
      return "APPROVED";
    case "reply":
      return "ANSWERED";
    case "report":
      return "REPORTED";
    case "close":
      return "CLOSED";
    default:
      return null;
  }
}

/** A day of the chain may not precede receipt: "不能早于收到日期". */
export const RECEIVED_LABEL = "收到日期";
