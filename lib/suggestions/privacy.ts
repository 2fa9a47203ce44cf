// Personal data out of text that is made public (the half-yearly disclosure, the report to the
// session): ID and bank card numbers, phone numbers, and the names of the people concerned.
// Pure; tested in privacy.test.ts.

export const MASK_NUMBER = "（号码已隐去）";
export const MASK_PHONE = "（电话已隐去）";
export const MASK_NAME = "×××";

// Lookarounds keep these from biting into longer numbers or words (2026-017, 20 万元, 5000 米).
const ID_OR_CARD = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15,19})(?![0-9A-Za-z])/g;
const MOBILE = /(?<![\d+])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g;
const LANDLINE = /(?<!\d)(?:[(（]0\d{2,3}[)）]\s?|0\d{2,3}[-\s]?)\d{7,8}(?:[-转]\d{1,5})?(?!\d)/g;
// A number right after 电话/手机/联系方式…: any run of digits (with - or spaces) of 5 or more.
const AFTER_KEYWORD =
  /((?:联系)?(?:电话|手机|座机|联系方式|手机号码?|电话号码|微信|QQ|tel|Tel|TEL)\s*(?:号码)?\s*[:：是为]?\s*)\d[\d\s-]{3,}\d/g;

/**
 * `text` with ID and bank card numbers, mobile and landline numbers and the given names masked.
 * Names shorter than two characters are left alone (they would match ordinary words).
 */
export function scrubPersonalData(text: string, names: readonly string[] = []): string {
  let out = text
    .replace(ID_OR_CARD, MASK_NUMBER)
    .replace(MOBILE, MASK_PHONE)
    .replace(LANDLINE, MASK_PHONE)
    .replace(AFTER_KEYWORD, `$1${MASK_PHONE}`);
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  for (const name of unique) out = out.split(name).join(MASK_NAME);
  return out;
}
