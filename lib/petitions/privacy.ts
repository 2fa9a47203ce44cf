// The petitioner's personal data as a viewer may see it (信访工作条例 and the office's rule: phone, ID
// number and address for the office and the chair only). Masked by default for everyone; in full only
// when the office or the chair asks (`personalViewFor` in policy.ts), and then the view is logged in
// the transaction that reads it (`logPersonalDataView`), with who, when, from where and for what.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import { maskIdNumber } from "@/lib/text/id-number";
import { maskPhone } from "@/lib/text/phone";
import type { PersonalView } from "@/lib/petitions/policy";

/** An address outside the office: the first characters (the village, roughly) kept, the rest hidden. */
export function maskAddress(address: string | null): string | null {
  if (!address) return address;
  const keep = Math.min(6, Math.ceil(address.length / 2));
  return `${address.slice(0, keep)}****`;
}

export interface PetitionerRow {
  id: string;
  name: string;
  phone: string | null;
  idNumber: string | null;
  address: string | null;
  representative: boolean;
}

/** A petitioner as the viewer sees them; `masked` says whether phone, ID number and address are masked. */
export function presentPetitioner(p: PetitionerRow, view: PersonalView) {
  const full = view === "FULL";
  return {
    id: p.id,
    name: p.name,
    phone: full ? p.phone : maskPhone(p.phone),
    idNumber: full ? p.idNumber : maskIdNumber(p.idNumber),
    address: full ? p.address : maskAddress(p.address),
    representative: p.representative,
    masked: !full,
  };
}
export type PresentedPetitioner = ReturnType<typeof presentPetitioner>;

/** Why personal data was shown in full: on the record's page or API, for correcting it, in an export. */
export type PersonalDataPurpose = "view" | "edit" | "export" | "attachment";

/**
 * The audit row of a view of unmasked personal data: which petition(s) and petitioners, and why. Never
 * the data itself.
 */
export async function logPersonalDataView(
  db: ScopedDb | ScopedTx,
  actor: Actor,
  petition: { id: string; number: string | null },
  petitionerIds: string[],
  purpose: PersonalDataPurpose,
) {
  await recordAudit(db, subjectOf(actor), {
    action: "petition.personal_data_viewed",
    recordType: "Petition",
    recordId: petition.id,
    after: { number: petition.number, petitioners: petitionerIds, purpose },
  });
}
