// Reads the facts of one petition's letter (office and chair only: it names the petitioner) and writes
// the .docx; audited, as it leaves the system.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { scopedDb } from "@/lib/db/township-scope";
import { conflict } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { formatDay } from "@/lib/time/day";
import { townshipName } from "@/lib/text/township";
import { loadPetition } from "@/lib/petitions/access";
import { clockFromSettings } from "@/lib/petitions/clock";
import { letterDocx } from "@/lib/petitions/letters-docx";
import { PETITION_CHANNEL_LABELS } from "@/lib/petitions/labels";
import { LETTER_TEXT, type LetterFacts, type LetterKind } from "@/lib/petitions/letters";

const NOT_YET: Record<LetterKind, string> = {
  notice: "尚未登记告知情况，不能生成告知书",
  opinion: "承办单位尚未回复，不能生成信访处理意见书",
  extension: "办理期限未延长，不能生成延期告知书",
};

const day = (d: Date | null) => (d ? formatDay(d) : null);

async function letterFacts(actor: Actor, id: string): Promise<LetterFacts | null> {
  const sdb = scopedDb(actor.townshipId);
  const p = await loadPetition(sdb, actor, id, "petition.documents");
  const [petitioner, reply, settings, township] = await Promise.all([
    sdb.petitioner.findFirst({ where: { petitionId: id }, orderBy: { position: "asc" }, select: { name: true } }),
    sdb.petitionReply.findFirst({
      where: { petitionId: id },
      orderBy: [{ answeredOn: "desc" }, { createdAt: "desc" }],
    }),
    getSettings(),
    townshipName(actor),
  ]);
  const unit = reply?.unitId
    ? await sdb.handlingUnit.findFirst({ where: { id: reply.unitId }, select: { name: true } })
    : null;
  const clock = clockFromSettings(settings);
  return {
    township,
    addressee: petitioner?.name ?? "信访人",
    receivedOn: formatDay(p.receivedOn),
    channelWords: PETITION_CHANNEL_LABELS[p.channel],
    subject: p.subject,
    content: p.content,
    intake: p.intake,
    forwardedTo: p.forwardedTo,
    notifiedOn: day(p.notifiedOn),
    handlingDays: clock.handlingDays,
    unitName: unit?.name ?? null,
    answerText: reply?.text ?? null,
    decision: reply?.decision ?? null,
    legalBasis: reply?.legalBasis ?? null,
    answeredOn: day(reply?.answeredOn ?? null),
    reviewRequestDays: clock.reviewRequestDays,
    extensionDays: p.extensionDays,
    extensionReason: p.extensionReason,
    extensionNotifiedOn: day(p.extensionNotifiedOn),
    extensionApprovedOn: day(p.extensionApprovedOn),
    dueDate: day(p.dueDate),
  };
}

const ready: Record<LetterKind, (f: LetterFacts) => boolean> = {
  notice: (f) => !!f.intake,
  opinion: (f) => !!f.answerText,
  extension: (f) => !!f.extensionDays,
};

/** The letter as a .docx with its file name; 409 when the record cannot support it yet. */
export async function petitionLetter(actor: Actor, id: string, kind: LetterKind) {
  const facts = await letterFacts(actor, id);
  if (!facts || !ready[kind](facts)) throw conflict(NOT_YET[kind]);
  const text = LETTER_TEXT[kind](facts);
  const buffer = await letterDocx(text);
  await recordAudit(scopedDb(actor.townshipId), subjectOf(actor), {
    action: "petition.document_exported",
    recordType: "Petition",
    recordId: id,
    after: { kind, title: text.title },
  });
  return { buffer, filename: `${text.title}（${facts.subject.slice(0, 20)}）.docx` };
}
