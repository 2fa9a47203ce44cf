// GB 11643-1999 citizen ID numbers: the check digit, the birth date and gender they encode, and the
// masked form shown outside the office. Pure; used by the roster and petitions (no domain words here).

// 18 characters; the last is an ISO 7064 MOD 11-2 check digit over the first 17.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export function idNumberCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** 18 characters (upper-case X), a real birth date and the right check digit. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = idNumberBirthDate(id);
  if (!birth) return false;
  return idNumberCheckDigit(id.slice(0, 17)) === id[17];
}

/** The birth date encoded in characters 7–14, or null if it is not a real date. */
export function idNumberBirthDate(id: string): Date | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** Character 17 is odd for men, even for women. */
export function idNumberGender(id: string): "MALE" | "FEMALE" {
  return Number(id[16]) % 2 === 1 ? "MALE" : "FEMALE";
}

/** Shown outside the office: region and last four kept, birth date hidden (4101**********1234). */
export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  return `${id.slice(0, 4)}${"*".repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`;
}
