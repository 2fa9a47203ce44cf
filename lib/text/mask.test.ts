import { describe, expect, it } from "vitest";
import { maskAddress, maskPhone } from "@/lib/text/mask";

describe("masking personal data", () => {
  it("keeps a phone's first and last digits only", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("0371-12345678")).toBe("0371****5678");
    expect(maskPhone("12345")).toBe("*****");
    expect(maskPhone(null)).toBeNull();
  });

  it("keeps an address's first six characters only", () => {
    expect(maskAddress("清水镇青山村三组18号")).toBe("清水镇青山村****");
    expect(maskAddress("青山村")).toBe("青山****");
    expect(maskAddress("")).toBe("");
  });
});
