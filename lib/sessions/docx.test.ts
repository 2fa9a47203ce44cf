// The session's Word files in the GB/T 9704 layout (lib/docx/official.ts), named officially.
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { minutesDocx, minutesFilename, noticeDocx, noticeFilename } from "@/lib/sessions/docx";
import { SAMPLE_SESSION_REPORT as r } from "@/lib/sessions/docx-sample";

describe("session .docx files", () => {
  it("writes the notice to GB/T 9704", async () => {
    const buf = await noticeDocx(r, "2026-01-02");
    expect(await officialDocxProblems(buf)).toEqual([]);
    const d = await inspectDocx(buf);
    expect(d.paragraphs[0].text).toBe("关于召开清水镇第十七届人民代表大会第一次会议的通知");
    expect(
      d.paragraphs
        .filter((p) => !p.inTable)
        .slice(-2)
        .map((p) => p.text),
    ).toEqual(["清水镇人民代表大会主席团", "2026年1月2日"]);
  });

  it("writes the minutes to GB/T 9704, the vote table fitted to its columns", async () => {
    const buf = await minutesDocx(r);
    // 纪要 carry no issuer or date under the text (GB/T 9704 10.3).
    expect(await officialDocxProblems(buf, { signOff: false })).toEqual([]);
    const d = await inspectDocx(buf);
    expect(d.paragraphs[0].text).toBe("清水镇第十七届人民代表大会第一次会议纪要");
    const votes = d.tables.find((t) => t.widths.length === 10)!;
    // 表决事项 (column 2) is the widest, wide enough for eight characters on a line; 序号 is narrow.
    expect(Math.max(...votes.widths)).toBe(votes.widths[1]);
    expect(votes.widths[1]).toBeGreaterThan(8 * 240);
    expect(votes.widths[0]).toBeLessThan(votes.widths[1] / 2);
  });

  it("names the files with the session's official name", () => {
    expect(noticeFilename(r)).toBe("关于召开清水镇第十七届人民代表大会第一次会议的通知.docx");
    expect(minutesFilename(r)).toBe("清水镇第十七届人民代表大会第一次会议纪要.docx");
  });
});
