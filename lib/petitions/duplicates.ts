// Possible duplicates of a petition, shown on the registration form before saving (and linkable as
// `duplicateOfId`): the same petitioner (by name or ID number) or a very similar subject among the
// petitions received in the last `petitions.duplicateLookbackDays` days; and, whatever its date, the
// same petitioner's case already accepted and still being handled — 信访工作条例 Art. 19 para 3: the
// same matter already accepted is not accepted again. Subjects are compared in JS by character
// bigrams (rules.ts `subjectSimilarity`; docs/decisions.md, Possible duplicates of a petition).
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { PETITION_STATE_LABELS } from "@/lib/petitions/labels";
import { SIMILAR_SUBJECT, subjectSimilarity } from "@/lib/petitions/rules";
import type { DuplicateCheckInput } from "@/lib/petitions/schema";

/** The subjects of this many recent petitions at most are compared (a township receives far fewer in 90 days). */
const MAX_COMPARED = 2000;
const MAX_SHOWN = 10;

const select = {
  id: true,
  number: true,
  subject: true,
  receivedOn: true,
  state: true,
  intake: true,
  petitioners: { select: { name: true, idNumber: true } },
} satisfies Prisma.PetitionSelect;
type Row = Prisma.PetitionGetPayload<{ select: typeof select }>;

export interface PossibleDuplicate {
  id: string;
  number: string | null;
  subject: string;
  receivedOn: string;
  state: string;
  stateLabel: string;
  /** Why it is shown: 同一信访人（姓名）, 身份证号相同, 标题相近（相似度 80%）. */
  reasons: string[];
  /** Art. 19 para 3: accepted and still being handled — the same matter is not accepted again. */
  acceptedOpen: boolean;
  similarity: number;
}

function judge(row: Row, names: Set<string>, ids: Set<string>, subject: string): PossibleDuplicate | null {
  const reasons: string[] = [];
  if (row.petitioners.some((p) => p.idNumber && ids.has(p.idNumber))) reasons.push("身份证号相同");
  const sameName = row.petitioners.find((p) => names.has(p.name));
  if (sameName) reasons.push(`同一信访人（${sameName.name}）`);
  const similarity = subject ? subjectSimilarity(subject, row.subject) : 0;
  if (similarity >= SIMILAR_SUBJECT) reasons.push(`标题相近（相似度 ${Math.round(similarity * 100)}%）`);
  if (!reasons.length) return null;
  const acceptedOpen = row.intake === "ACCEPT" && row.state !== "CLOSED";
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    receivedOn: formatDay(row.receivedOn),
    state: row.state,
    stateLabel: PETITION_STATE_LABELS[row.state],
    reasons,
    acceptedOpen,
    similarity: Math.round(similarity * 100) / 100,
  };
}

/** The possible duplicates, the accepted open cases first, then the most alike, then the newest. */
export async function findPossibleDuplicates(
  db: ScopedDb | ScopedTx,
  input: DuplicateCheckInput,
  opts: { lookbackDays: number; today?: Date },
): Promise<PossibleDuplicate[]> {
  const names = new Set(input.petitioners.map((p) => p.name.trim()).filter(Boolean));
  const ids = new Set(input.petitioners.map((p) => p.idNumber.trim().toUpperCase()).filter(Boolean));
  const subject = input.subject.trim();
  if (!names.size && !ids.size && !subject) return [];
  const since = addDays(opts.today ?? todayInChina(), -opts.lookbackDays);
  const samePerson: Prisma.PetitionerWhereInput[] = [
    ...(names.size ? [{ name: { in: [...names] } }] : []),
    ...(ids.size ? [{ idNumber: { in: [...ids] } }] : []),
  ];
  const exclude = input.excludeId ? { NOT: { id: input.excludeId } } : {};
  const [recent, acceptedOpen] = await Promise.all([
    db.petition.findMany({
      where: { receivedOn: { gte: since }, ...exclude },
      select,
      orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
      take: MAX_COMPARED,
    }),
    samePerson.length
      ? db.petition.findMany({
          where: {
            intake: "ACCEPT",
            state: { not: "CLOSED" },
            receivedOn: { lt: since },
            petitioners: { some: { OR: samePerson } },
            ...exclude,
          },
          select,
          take: MAX_SHOWN,
        })
      : [],
  ]);
  const found = [...recent, ...acceptedOpen]
    .map((r) => judge(r, names, ids, subject))
    .filter((d): d is PossibleDuplicate => d !== null);
  found.sort(
    (a, b) =>
      Number(b.acceptedOpen) - Number(a.acceptedOpen) ||
      b.reasons.length - a.reasons.length ||
      b.similarity - a.similarity ||
      b.receivedOn.localeCompare(a.receivedOn),
  );
  return found.slice(0, MAX_SHOWN);
}

/** POST /api/v1/petitions/duplicates: for the office's registration form. */
export async function checkDuplicates(actor: Actor, input: DuplicateCheckInput) {
  assertCan(actor, "petition.create");
  const lookbackDays = (await getSettings())["petitions.duplicateLookbackDays"];
  const items = await findPossibleDuplicates(scopedDb(actor.townshipId), input, { lookbackDays });
  return { items, lookbackDays };
}
