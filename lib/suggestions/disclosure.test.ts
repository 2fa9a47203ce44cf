// The half-yearly disclosure (办理情况公开) as .docx (GB/T 9704, landscape) and .xlsx (ready to print).
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { disclosureDocx, disclosureFilename, disclosureXlsx, type Disclosure } from "@/lib/suggestions/disclosure";

const d: Disclosure = {
  township: "清水镇",
  year: 2026,
  half: 1,
  byClass: { A: 1, B: 0, C: 0 },
  rows: [
    {
      number: "2026-001",
      title: "关于修缮清水村便民桥的建议",
      category: "城乡建设",
      leadUnit: "村镇建设办",
      coUnits: "财政所",
      replyClass: "A 已解决或基本解决",
      reply: "已于5月完成便民桥修缮，并设置限载标志。",
      state: "已办结",
      assignedOn: "2026-02-10",
      repliedOn: "2026-05-20",
    },
  ],
};

describe("disclosure files", () => {
  it("writes the .docx to GB/T 9704 on landscape A4", async () => {
    expect(await officialDocxProblems(await disclosureDocx(d, "2026-07-01"), { landscape: true })).toEqual([]);
    expect(disclosureFilename(d, "docx")).toBe("清水镇2026年上半年代表建议办理情况公开.docx");
  });

  it("writes the .xlsx ready to print", async () => {
    expect(await printSetupProblems(await disclosureXlsx(d))).toEqual([]);
  });
});
