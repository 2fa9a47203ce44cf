import { describe, expect, it } from "vitest";
import { isMainlandPhone, maskPhone, normalizePhone } from "@/lib/text/phone";

describe("mainland telephone numbers", () => {
  it("accepts mobiles, with +86 and the usual spaces and hyphens", () => {
    for (const p of ["13812345678", "19912345678", "+8613812345678", "138 1234 5678", "138-1234-5678", "8615912345678"])
      expect(isMainlandPhone(p), p).toBe(true);
  });

  it("accepts landlines with their area code, brackets and an extension", () => {
    for (const p of ["0371-63912345", "(0371)63912345", "（0371）6391234", "010-62345678", "0371-63912345转808"])
      expect(isMainlandPhone(p), p).toBe(true);
  });

  it("refuses what is not a mainland number", () => {
    for (const p of [
      "12345678901",
      "1381234567",
      "138123456789",
      "63912345",
      "0371-0391234",
      "abc",
      "",
      "+1 415 555 0100",
    ])
      expect(isMainlandPhone(p), p).toBe(false);
  });

  it("masks all but the first three and last four digits", () => {
    expect(maskPhone("138-1234-5678")).toBe("138****5678");
    expect(maskPhone("0371-63912345")).toBe("037*****2345");
    expect(maskPhone(null)).toBeNull();
    expect(normalizePhone("（0371）6391 2345")).toBe("037163912345");
  });
});
