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
