import { describe, expect, it } from "vitest";
import { entryName, safeEntryName, uniqueName } from "@/lib/archive/names";

describe("file names in the year's archive", () => {
  it("keeps no folder, reserved or control character", () => {
    expect(safeEntryName("../../etc/passwd")).toBe("_.._etc_passwd");
    expect(safeEntryName('a<b>c:d"e|f?g*h\u0001.pdf')).toBe("a_b_c_d_e_f_g_h_.pdf");
    expect(safeEntryName("C:\\报告.docx")).toBe("C__报告.docx");
  });

  it("drops leading and trailing dots and spaces, and renames device names", () => {
    expect(safeEntryName("  .hidden. ")).toBe("hidden");
    expect(safeEntryName("con.txt")).toBe("_con.txt");
    expect(safeEntryName("...")).toBe("文件");
    expect(safeEntryName("")).toBe("文件");
  });

  it("shortens a long name to 100 characters, keeping the extension", () => {
    const s = safeEntryName(`${"长".repeat(150)}.pdf`);
    expect(s.length).toBe(100);
    expect(s.endsWith(".pdf")).toBe(true);
  });

  it("makes names unique in their folder, without regard to case", () => {
    const taken = new Set<string>();
    expect(uniqueName("通知.pdf", taken)).toBe("通知.pdf");
    expect(uniqueName("通知.pdf", taken)).toBe("通知（2）.pdf");
    expect(uniqueName("通知.pdf", taken)).toBe("通知（3）.pdf");
    expect(uniqueName("A.PDF", taken)).toBe("A.PDF");
    expect(uniqueName("a.pdf", taken)).toBe("a（2）.pdf");
  });

  it("names an entry by its record, then the file", () => {
    expect(entryName("第1次会议 议程", "议程/终稿.pdf")).toBe("第1次会议 议程-议程_终稿.pdf");
  });
});
