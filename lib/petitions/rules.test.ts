import { describe, expect, it } from "vitest";
import { registrationIssues, SIMILAR_SUBJECT, subjectSimilarity } from "@/lib/petitions/rules";
import { maskAddress, presentPetitioner } from "@/lib/petitions/privacy";

describe("registrationIssues: Art. 20 representatives (a setting)", () => {
  const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `代表${i}` }));
  it("at most maxRepresentatives representatives of a collective visit", () => {
    const v = { collective: true, visitorCount: 50, petitioners: reps(5) };
    expect(registrationIssues(v, { maxRepresentatives: 5 })).toEqual([]);
    expect(registrationIssues({ ...v, petitioners: reps(6) }, { maxRepresentatives: 5 })).toEqual([
      expect.objectContaining({
        path: "petitioners",
        message: expect.stringContaining("不超过 5 人（信访工作条例第二十条）"),
      }),
    ]);
    // Not a collective visit: a letter signed by many is not limited.
    expect(registrationIssues({ collective: false, petitioners: reps(12) }, { maxRepresentatives: 5 })).toEqual([]);
  });
});

describe("subjectSimilarity", () => {
  it("is 1 for the same subject, whatever the punctuation and spacing", () => {
    expect(subjectSimilarity("砖厂拖欠工资", "砖厂 拖欠工资！")).toBe(1);
  });
  it("finds the same matter worded a little differently, and not an unrelated one", () => {
    expect(subjectSimilarity("镇东砖厂拖欠工资问题", "砖厂拖欠工资")).toBeGreaterThanOrEqual(SIMILAR_SUBJECT);
    expect(subjectSimilarity("低保待遇被取消", "村道修缮建议")).toBe(0);
    expect(subjectSimilarity("", "")).toBe(0);
  });
});

describe("masking a petitioner", () => {
  const p = {
    id: "1",
    name: "王建国",
    phone: "13812345678",
    idNumber: "11010519491231002X",
    address: "清水镇王庄村三组十二号",
    representative: false,
  };
  it("masks phone, ID number and address, keeps the name", () => {
    expect(presentPetitioner(p, "MASKED")).toEqual({
      id: "1",
      name: "王建国",
      phone: "138****5678",
      idNumber: "1101**********002X",
      address: "清水镇王庄村****",
      representative: false,
      masked: true,
    });
  });
  it("shows them in full for a FULL view, and keeps missing values missing", () => {
    expect(presentPetitioner(p, "FULL")).toMatchObject({
      phone: p.phone,
      idNumber: p.idNumber,
      address: p.address,
      masked: false,
    });
    expect(presentPetitioner({ ...p, phone: null, idNumber: null, address: null }, "MASKED")).toMatchObject({
      phone: null,
      idNumber: null,
      address: null,
    });
    expect(maskAddress("李庄")).toBe("李****");
  });
});
