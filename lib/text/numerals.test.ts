import { describe, expect, it } from "vitest";
import { cnNumber, cnOrdinal, headingNumber, subheadingNumber } from "@/lib/text/numerals";

describe("Chinese numerals", () => {
  it("writes 0–99 as official documents do", () => {
    const expected: Record<number, string> = {
      0: "零",
      1: "一",
      9: "九",
      10: "十",
      11: "十一",
      17: "十七",
      19: "十九",
      20: "二十",
      21: "二十一",
      40: "四十",
      99: "九十九",
    };
    for (const [n, text] of Object.entries(expected)) expect(cnNumber(Number(n))).toBe(text);
  });

  it("writes hundreds and thousands with 零 for a gap", () => {
    expect(cnNumber(100)).toBe("一百");
    expect(cnNumber(105)).toBe("一百零五");
    expect(cnNumber(110)).toBe("一百一十");
    expect(cnNumber(999)).toBe("九百九十九");
    expect(cnNumber(1001)).toBe("一千零一");
    expect(cnNumber(1010)).toBe("一千零一十");
    expect(cnNumber(2026)).toBe("二千零二十六");
  });

  it("refuses what it cannot write", () => {
    expect(() => cnNumber(-1)).toThrow(RangeError);
    expect(() => cnNumber(1.5)).toThrow(RangeError);
    expect(() => cnNumber(10_000)).toThrow(RangeError);
  });

  it("numbers ordinals and headings", () => {
    expect(`${cnOrdinal(17)}届`).toBe("第十七届");
    expect(`${cnOrdinal(1)}次`).toBe("第一次");
    expect(headingNumber(0)).toBe("一、");
    expect(headingNumber(10)).toBe("十一、");
    expect(subheadingNumber(2)).toBe("（三）");
  });
});
