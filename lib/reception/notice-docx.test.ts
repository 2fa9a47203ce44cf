// The reception day's notice (公告) as a Word file to GB/T 9704: title, the day with its weekday and place, the
// deputies on duty, the presidium's signature.
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { receptionNoticeDocx, receptionNoticeText } from "@/lib/reception/notice-docx";

describe("reception day notice .docx", () => {
  it("is written to GB/T 9704 with the day, the place, the deputies on duty and the signature", async () => {
    const text = receptionNoticeText({
      township: "清水镇",
      date: "2026-03-10",
      place: "镇人大代表之家",
      deputies: ["王芳", "李强"],
      signedOn: "2026-03-06",
    });
    const buf = await receptionNoticeDocx(text);
    expect(await officialDocxProblems(buf)).toEqual([]);
    const all = (await inspectDocx(buf)).paragraphs.map((p) => p.text);
    expect(all[0]).toBe("清水镇人大代表接待选民日公告");
    expect(all[1]).toContain("定于2026年3月10日（星期二）在镇人大代表之家举行2026年3月人大代表接待选民日活动");
    expect(all[1]).toContain("由王芳、李强等2名代表接待选民");
    expect(all.slice(-2)).toEqual(["清水镇人民代表大会主席团", "2026年3月6日"]);
  });

  it("names no deputy when none is on duty yet", () => {
    const t = receptionNoticeText({
      township: "清水镇",
      date: "2026-10-12",
      place: null,
      deputies: [],
      signedOn: "2026-10-09",
    });
    expect(t.paragraphs[0]).toContain("定于2026年10月12日（星期一）举行");
    expect(t.paragraphs[0]).toContain("由镇人大代表接待选民");
  });
});
