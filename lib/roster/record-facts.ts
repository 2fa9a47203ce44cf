// The roster's part of a deputy's record (履职档案) and of the 履职公示: the basic facts the 代表履职情况登记表
// prints — never the ID number, phone or address — the presidium members linked to the deputy, and the
// deputies listed in a year's 公示.
import type { Tx } from "@/lib/db";
import { formatDay, todayInChina } from "@/lib/time/day";
import { sittingWhere } from "@/lib/roster/deputies";
import { deputyNameOrderBy, nameOrder } from "@/lib/roster/name-order";

export interface DeputyRecordFacts {
  id: string;
  name: string;
  gender: "MALE" | "FEMALE";
  birthDate: string;
  ethnicity: string;
  party: string;
  education: string;
  occupation: string;
  workUnit: string | null;
  constituency: string;
  levels: string[];
  group: string | null;
  termNumber: number;
  status: string;
  startDate: string;
  leftDate: string | null;
  /** Accounts (presidium members, the chair) linked to the deputy (PresidiumLink). */
  linkedMemberIds: string[];
}

/** One deputy's facts for the record, or null when the township has no such deputy. */
export async function deputyRecordFacts(
  client: Tx,
  townshipId: string,
  deputyId: string,
): Promise<DeputyRecordFacts | null> {
  const d = await client.deputy.findFirst({
    where: { id: deputyId, townshipId },
    select: {
      id: true,
      name: true,
      gender: true,
      birthDate: true,
      ethnicity: true,
      party: true,
      education: true,
      occupation: true,
      workUnit: true,
      constituency: true,
      levels: true,
      status: true,
      startDate: true,
      leftDate: true,
      group: { select: { name: true } },
      term: { select: { number: true } },
      presidiumLinks: { select: { memberId: true } },
    },
  });
  if (!d) return null;
  return {
    ...d,
    birthDate: formatDay(d.birthDate),
    startDate: formatDay(d.startDate),
    leftDate: d.leftDate ? formatDay(d.leftDate) : null,
    group: d.group?.name ?? null,
    termNumber: d.term.number,
    linkedMemberIds: d.presidiumLinks.map((l) => l.memberId),
  };
}

/**
 * The deputies a year's 公示 lists: those of the current term sitting on the year's last day (today, for the
 * year under way), in 姓氏笔画 (or pinyin) order — names, group and 选区 only.
 */
export async function publicationRoll(client: Tx, townshipId: string, year: number) {
  const term = await client.term.findFirst({ where: { townshipId, isCurrent: true }, select: { id: true } });
  if (!term) return [];
  const yearEnd = new Date(Date.UTC(year, 11, 31));
  const today = todayInChina();
  const on = yearEnd < today ? yearEnd : today;
  const names = await nameOrder();
  return client.deputy.findMany({
    where: { townshipId, ...sittingWhere(term.id, on) },
    orderBy: deputyNameOrderBy(names),
    select: { id: true, name: true, constituency: true, group: { select: { name: true } } },
  });
}

/** The ids of the deputies a year's 公示 lists (publicationRoll): the default set of the year's batch figures. */
export async function publicationRollIds(client: Tx, townshipId: string, year: number): Promise<string[]> {
  return (await publicationRoll(client, townshipId, year)).map((d) => d.id);
}
