import type { Deputy } from "@/lib/generated/prisma/client";
import type { DeputyView } from "@/lib/roster/policy";
import { maskIdNumber } from "@/lib/text/id-number";
import { formatDay } from "@/lib/time/day";

type DeputyRow = Deputy & { group?: { id: string; name: string } | null };

/** A deputy as JSON for the given view: fields outside the view are left out, not nulled. */
export function presentDeputy(d: DeputyRow, view: DeputyView) {
  const base = { id: d.id, name: d.name, view };
  const group = d.group ? { id: d.group.id, name: d.group.name } : null;
  if (view === "HANDLING") return { ...base, group, phone: d.phone };
  const pub = {
    ...base,
    levels: d.levels,
    group,
    status: d.status,
  };
  if (view === "PUBLIC") return pub;
  return {
    ...pub,
    termId: d.termId,
    gender: d.gender,
    birthDate: formatDay(d.birthDate),
    ethnicity: d.ethnicity,
    party: d.party,
    education: d.education,
    occupation: d.occupation,
    workUnit: d.workUnit,
    phone: d.phone,
    address: d.address,
    idNumber: view === "FULL" ? d.idNumber : maskIdNumber(d.idNumber),
    constituency: d.constituency,
    joinMethod: d.joinMethod,
    startDate: formatDay(d.startDate),
    leftDate: d.leftDate ? formatDay(d.leftDate) : null,
    version: d.version,
  };
}

export type PresentedDeputy = ReturnType<typeof presentDeputy>;
export type FullDeputy = Extract<PresentedDeputy, { idNumber: unknown }>;
