// Pure rules of the register: the registration number as written in the paper register, the year of an
// entry, and what an edit is (a correction of the registered facts needs a reason; the handling is recorded).
import type { DocumentDirection } from "@/lib/generated/prisma/enums";

/** 收〔2026〕3号 / 发〔2026〕12号: the direction's character, the year, the serial. */
export const registerNumber = (direction: DocumentDirection, year: number, serial: number) =>
  `${direction === "INCOMING" ? "收" : "发"}〔${year}〕${serial}号`;

/** The register's year is the year of the day received or sent (YYYY-MM-DD). */
export const registerYear = (day: string) => Number(day.slice(0, 4));

/** The next serial after the highest one taken (none: 1). */
export const nextSerial = (highest: number | null | undefined) => (highest ?? 0) + 1;

/** The registered facts: changing one is a correction (更正) with a reason. */
export const REGISTERED_FIELDS = ["docNumber", "date", "counterpart", "title", "category"] as const;
/** The handling: recorded as it progresses, no reason needed. */
export const HANDLING_FIELDS = ["handling", "handledOn"] as const;

type Fields = Record<string, unknown>;
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** Which of the given fields differ from the stored ones (values compared as text, days as YYYY-MM-DD). */
export function changedKeys(stored: Fields, wanted: Fields, keys: readonly string[]): string[] {
  return keys.filter((k) => Object.hasOwn(wanted, k) && wanted[k] !== undefined && !same(stored[k], wanted[k]));
}
