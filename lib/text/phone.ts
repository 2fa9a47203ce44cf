// Mainland China telephone numbers: mobiles (11 digits from 13x–19x, optionally +86) and landlines
// (area code 0 + 2–3 digits, 7–8 digit number, optional extension), as people write them with
// spaces or hyphens. Pure; no domain words.

const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}[2-9]\d{6,7}(?:(?:转|ext|#)\d{1,6})?$/;

/** The number without spaces, hyphens and the brackets around an area code. */
export const normalizePhone = (text: string): string => text.replace(/[\s\-()（）]/g, "");

/** A mobile or landline number of mainland China (spaces, hyphens and brackets allowed). */
export function isMainlandPhone(text: string): boolean {
  const n = normalizePhone(text);
  return MOBILE.test(n) || LANDLINE.test(n);
}

/** Shown outside the office: the first three and last four digits kept (138****5678). */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const n = normalizePhone(phone);
  if (n.length <= 7) return "*".repeat(n.length);
  return `${n.slice(0, 3)}${"*".repeat(n.length - 7)}${n.slice(-4)}`;
}
