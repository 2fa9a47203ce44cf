// Chinese numerals as official documents write them: 第十七届, 第一次, headings 一、二、 and （三）.

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const UNITS = ["", "十", "百", "千"];

/** 0–9999 in Chinese numerals: 10 → 十, 17 → 十七, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十. */
export function cnNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`cnNumber: ${n} is not a whole number 0–9999`);
  if (n === 0) return DIGITS[0];
  const digits = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i];
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += DIGITS[0];
    zero = false;
    out += DIGITS[d] + unit;
  });
  // 十七, not 一十七, when the number starts with the tens.
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

/** 第十七, 第一: the ordinal before a measure word (届, 次, 条). */
export const cnOrdinal = (n: number) => `第${cnNumber(n)}`;

/** The numbering of a first-level heading: 一、 */
export const headingNumber = (index: number) => `${cnNumber(index + 1)}、`;

/** The numbering of a second-level heading: （一） */
export const subheadingNumber = (index: number) => `（${cnNumber(index + 1)}）`;

/** The value of a run of Chinese numerals: 十七 → 17, 二十 → 20, 一百零五 → 105, 两 → 2, 一〇 → 10 (read digit by digit). */
export function cnValue(run: string): number {
  // Written digit by digit without units (一〇, 二〇二六): positional.
  if (!/[十百千万]/.test(run) && run.length > 1) return Number([...run].map((c) => digitOf(c)).join(""));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of run) {
    const d = digitOf(c);
    if (d >= 0) digit = d;
    else if (c === "万") {
      total = (total + section + digit) * 10000;
      section = digit = 0;
    } else {
      if (digit === 0 && c === "十") digit = 1;
      section += digit * (c === "十" ? 10 : c === "百" ? 100 : 1000);
      digit = 0;
    }
  }
  return total + section + digit;
}

const digitOf = (c: string) => (c === "〇" ? 0 : c === "两" ? 2 : DIGITS.indexOf(c));

/**
 * A name with every number written as Arabic digits, so that names written either way compare equal:
 * 第1选区, 第一选区 and 第１选区 → 第1选区; 第十二组 → 第12组; leading zeros dropped (第01 → 第1).
 */
export function numeralsAsDigits(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[0-9]+|[零〇一二两三四五六七八九十百千万]+/g, (run) =>
      /^[0-9]+$/.test(run) ? String(Number(run)) : String(cnValue(run)),
    );
}
