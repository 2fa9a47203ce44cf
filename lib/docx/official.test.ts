// The one path for documents: every .docx is built by lib/docx and every .xlsx sheet by lib/xlsx, every
// generator has a test that opens its file, and the checks find what a plain file lacks.
import fs from "node:fs";
import path from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { body, pack, signOff, table, title } from "@/lib/docx/official";
import { fitColumns } from "@/lib/docx/table";
import { pageGrid, signOffIndents } from "@/lib/docx/layout";

function sources(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.posix.join(dir, e.name);
    if (e.isDirectory()) {
      if (!["generated", "node_modules"].includes(e.name)) Object.assign(out, sources(p));
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out[p] = fs.readFileSync(p, "utf8");
  }
  return out;
}
const app = { ...sources("lib"), ...sources("app"), ...sources("components") };

describe("one path for documents", () => {
  it("builds .docx files only in lib/docx and worksheets only in lib/xlsx", () => {
    const docx = Object.keys(app).filter((f) => /from "docx"/.test(app[f]) && !f.startsWith("lib/docx/"));
    const sheets = Object.keys(app).filter((f) => /\.addWorksheet\(/.test(app[f]) && !f.startsWith("lib/xlsx/"));
    expect([...docx, ...sheets]).toEqual([]);
  });

  it("has a test opening the file of every generator", () => {
    const generators = Object.keys(app).filter(
      (f) => /from "@\/lib\/(docx\/official|xlsx\/official)"/.test(app[f]) && !/^lib\/(docx|xlsx)\//.test(f),
    );
    expect(generators.length).toBeGreaterThanOrEqual(4);
    const untested = generators.filter((f) => {
      const test = f.replace(/\.ts$/, ".test.ts");
      return !fs.existsSync(test) || !/officialDocxProblems|printSetupProblems/.test(fs.readFileSync(test, "utf8"));
    });
    expect(untested).toEqual([]);
  });
});

describe("the GB/T 9704 page", () => {
  it("fits 22 lines of 28 characters in the 156 × 225 mm text area", () => {
    const g = pageGrid();
    expect(Math.floor(g.textHeight / g.linePitch)).toBe(22);
    expect(Math.floor(g.textWidth / g.charPitch)).toBe(28);
    expect(g.linePitch).toBe(579);
  });

  it("places the issuer 右空二字 and the date two characters to its right, or the longer date 右空二字", () => {
    expect(signOffIndents("清水镇人民代表大会主席团", "2026年1月2日")).toEqual({ issuer: 2, date: 6 }); // 12 wide, the date 6 (digits half);
    expect(signOffIndents("主席团", "2026年12月20日")).toEqual({ issuer: 8, date: 2 }); // the date 7 wide;
  });

  it("fits columns to their content: figures narrow, the long text wide", () => {
    const widths = fitColumns(
      [
        ["序号", "表决事项", "赞成", "反对"],
        ["1", "关于清水镇人民政府工作报告的决议", "50", "1"],
      ],
      8845,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(widths[1]).toBeGreaterThan(3 * widths[0]);
  });

  it("passes a document of the helper and finds what a plain document lacks", async () => {
    const ok = await pack("测试", [
      title("测试"),
      ...body("正文"),
      table(["a", "b"], [[1, 2]]),
      ...signOff("主席团", "2026年1月2日"),
    ]);
    expect(await officialDocxProblems(ok)).toEqual([]);
    const plain = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("正文")] }] }));
    const problems = await officialDocxProblems(plain);
    for (const want of [
      "document grid",
      "default spacing",
      "settings lack w:evenAndOddHeaders",
      "font table lacks 仿宋_GB2312",
      "title",
    ])
      expect(
        problems.some((p) => p.includes(want)),
        want,
      ).toBe(true);
  });
});
