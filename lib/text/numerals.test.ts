import { describe, expect, it } from "vitest";
import { cnNumber, cnOrdinal, cnValue, headingNumber, numeralsAsDigits, subheadingNumber } from "@/lib/text/numerals";

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

describe("numbers written either way", () => {
  it("reads Chinese numerals back: the inverse of cnNumber for 0–9999", () => {
    for (const n of [0, 1, 9, 10, 11, 17, 20, 21, 99, 100, 105, 110, 999, 1010, 2026, 9999])
      expect(cnValue(cnNumber(n))).toBe(n);
    expect(cnValue("两")).toBe(2);
    expect(cnValue("二〇二六")).toBe(2026);
    expect(cnValue("一十七")).toBe(17);
  });

  it("writes every number as digits, so 第1选区, 第一选区 and 第１选区 compare equal", () => {
    expect(numeralsAsDigits("第1选区")).toBe("第1选区");
    expect(numeralsAsDigits("第一选区")).toBe("第1选区");
    expect(numeralsAsDigits("第１选区")).toBe("第1选区");
    expect(numeralsAsDigits("第01选区")).toBe("第1选区");
    expect(numeralsAsDigits("第十二选区")).toBe("第12选区");
    expect(numeralsAsDigits("第二十选区")).not.toBe(numeralsAsDigits("第二选区"));
    expect(numeralsAsDigits("清水村选区")).toBe("清水村选区");
  });
});
