// The parts of a registration shared by 登记 and its correction: the records it names must exist in
// the township, the petitioners' rows, and what the audit row keeps (never the personal data itself:
// the trail says that a phone, ID number or address was given or changed, masked).
import type { ScopedTx } from "@/lib/db/township-scope";
import { validation } from "@/lib/http/errors";
import { maskIdNumber } from "@/lib/text/id-number";
import { maskPhone } from "@/lib/text/phone";
import { maskAddress } from "@/lib/petitions/privacy";
import type { PetitionerInput } from "@/lib/petitions/schema";
import { issueText, registrationIssues } from "@/lib/petitions/rules";
import { getSettings } from "@/lib/settings";

interface References {
  accusedUnitId?: string | null;
  duplicateOfId?: string | null;
}

/** The unit accused, the petition linked as the earlier one, the reception visit and deputy: in this township. */
export async function assertReferences(
  tx: ScopedTx,
  v: References,
  opts: { receptionVisitId?: string | null; receivedByDeputyId?: string | null; selfId?: string } = {},
) {
  const [unit, earlier, visit, deputy] = await Promise.all([
    v.accusedUnitId ? tx.handlingUnit.findFirst({ where: { id: v.accusedUnitId }, select: { id: true } }) : true,
    v.duplicateOfId ? tx.petition.findFirst({ where: { id: v.duplicateOfId }, select: { id: true } }) : true,
    opts.receptionVisitId
      ? tx.receptionVisit.findFirst({ where: { id: opts.receptionVisitId }, select: { id: true } })
      : true,
    opts.receivedByDeputyId
      ? tx.deputy.findFirst({ where: { id: opts.receivedByDeputyId }, select: { id: true } })
      : true,
  ]);
  if (!unit) throw validation({ accusedUnitId: "被检举单位：不是本镇的承办单位" });
  if (!earlier) throw validation({ duplicateOfId: "关联的重复件：信访件不存在" });
  if (opts.selfId && v.duplicateOfId === opts.selfId) throw validation({ duplicateOfId: "关联的重复件：不能关联自己" });
  if (!visit) throw validation({ receptionVisitId: "接待记录：不存在" });
  if (!deputy) throw validation({ receivedByDeputyId: "接待代表：不存在" });
}

/** The petitioners' rows in their order; a collective visit's petitioners are its representatives (Art. 20). */
export const petitionerRows = (townshipId: string, petitioners: PetitionerInput[], collective: boolean) =>
  petitioners.map((p, i) => ({
    townshipId,
    name: p.name,
    phone: p.phone ?? null,
    idNumber: p.idNumber ?? null,
    address: p.address ?? null,
    representative: collective,
    position: i,
  }));

/** The petitioners as the audit trail keeps them: names, and the personal data masked. */
interface PersonFields {
  name: string;
  phone?: string | null;
  idNumber?: string | null;
  address?: string | null;
}
export const auditPetitioners = (petitioners: readonly PersonFields[]) =>
  petitioners.map((p) => ({
    name: p.name,
    phone: maskPhone(p.phone ?? null),
    idNumber: maskIdNumber(p.idNumber ?? null),
    address: maskAddress(p.address ?? null),
  }));

interface AuditedRegistration {
  channel?: string;
  sourceDocNo?: string | null;
  sourceDocDate?: string | null;
  receivedOn?: string | null;
  subject?: string;
  category?: string;
  collective?: boolean;
  visitorCount?: number | null;
  accusedUnitId?: string | null;
  accusedName?: string | null;
  duplicateOfId?: string | null;
  content?: string;
  petitioners?: readonly PersonFields[];
}

/** A registration's fields for the audit row (petitioners masked). */
export function registrationAudit(v: AuditedRegistration) {
  const { petitioners, ...rest } = v;
  return { ...rest, ...(petitioners ? { petitioners: auditPetitioners(petitioners) } : {}) };
}

/** The cross-field rules against the settings; a 400 naming the first field wrong. */
export async function assertRegistration(v: Parameters<typeof registrationIssues>[0]) {
  const maxRepresentatives = (await getSettings())["petitions.maxRepresentatives"];
  const issues = registrationIssues(v, { maxRepresentatives });
  if (issues.length) throw validation(Object.fromEntries(issues.map((i) => [i.path, issueText(i)])));
}
