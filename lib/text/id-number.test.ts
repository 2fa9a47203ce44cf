import { describe, expect, it } from "vitest";
import { formatDay } from "@/lib/time/day";
import {
  idNumberBirthDate,
  idNumberCheckDigit,
  idNumberGender,
  isValidIdNumber,
  maskIdNumber,
} from "@/lib/text/id-number";

/** A GB 11643 number with its correct check digit. */
const withCheck = (first17: string) => first17 + idNumberCheckDigit(first17);

describe("GB 11643 citizen ID numbers", () => {
  it("accepts the standard's example 11010519491231002X", () => {
    expect(idNumberCheckDigit("11010519491231002")).toBe("X");
    expect(isValidIdNumber("11010519491231002X")).toBe(true);
  });

  it("accepts numbers built with the computed check digit", () => {
    for (const first17 of ["44030419800501123", "51012319991231004", "32010220000229567"]) {
      expect(isValidIdNumber(withCheck(first17)), first17).toBe(true);
    }
  });

  it("refuses a number with one digit changed", () => {
    const valid = withCheck("44030419800501123");
    for (let i = 0; i < 17; i++) {
      const changed = valid.slice(0, i) + String((Number(valid[i]) + 1) % 10) + valid.slice(i + 1);
      // Changing a birth-date digit may also make the date invalid; either way it must be refused.
      expect(isValidIdNumber(changed), `position ${i}`).toBe(false);
    }
    const wrongCheck = valid.slice(0, 17) + (valid[17] === "0" ? "1" : "0");
    expect(isValidIdNumber(wrongCheck)).toBe(false);
  });

  it("refuses an impossible birth date even with a correct check digit", () => {
    expect(isValidIdNumber(withCheck("44030419990230123"))).toBe(false);
    expect(idNumberBirthDate(withCheck("44030419990230123"))).toBeNull();
    expect(isValidIdNumber(withCheck("44030418991231123"))).toBe(false);
  });

  it("refuses the wrong length, letters and a lower-case x (schemas upper-case first)", () => {
    expect(isValidIdNumber("11010519491231002")).toBe(false);
    expect(isValidIdNumber("11010519491231002XX")).toBe(false);
    expect(isValidIdNumber("1101051949123100AX")).toBe(false);
    expect(isValidIdNumber("11010519491231002x")).toBe(false);
  });

  it("reads the birth date and gender", () => {
    expect(formatDay(idNumberBirthDate("11010519491231002X")!)).toBe("1949-12-31");
    expect(idNumberGender("11010519491231002X")).toBe("FEMALE");
    expect(idNumberGender(withCheck("44030419800501123"))).toBe("MALE");
    expect(idNumberGender(withCheck("44030419800501124"))).toBe("FEMALE");
  });
});

describe("masking", () => {
  it("keeps the first and last four characters of an ID number (4101**********1234)", () => {
    expect(maskIdNumber(withCheck("41010219800501123"))).toMatch(/^4101\*{10}\d{3}[\dX]$/);
    expect(maskIdNumber("11010519491231002X")).toBe("1101**********002X");
    expect(maskIdNumber(null)).toBeNull();
    expect(maskIdNumber("")).toBe("");
  });
});
