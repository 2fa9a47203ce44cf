// The year's drafted documents: the year-end work summary (年度工作总结), the presidium's work report to the
// session (主席团工作报告) and the half-year brief (半年小结). This module only assembles the text (pure,
// unit-tested): every number in it is taken from the figures passed in (lib/year/report-data.ts reads them from
// the year's summary), the rest is the wording these documents use, and the narrative only the office can write
// is left as marked places (【请填写：…】, highlighted in the .docx). The .docx is lib/year/report-docx.ts.
import { cnDate } from "@/lib/text/dates";
import { sessionOfficialName } from "@/lib/text/names";
import { headingNumber } from "@/lib/text/numerals";
import { fill, nextSteps, shortcomings, workSections, type Ctx } from "@/lib/year/report-sections";
import type { DocPart, DocTable, ReportKeyFigure, YearDocText, YearReportInput } from "@/lib/year/report-types";

export * from "@/lib/year/report-types";
export { comparedText, fill } from "@/lib/year/report-sections";

/** 附表: the key figures beside the period before. */
function keyTable(i: YearReportInput, label: string, before: string): DocTable | null {
  if (!i.keyFigures.length) return null;
  const v = (x: number | null) => (x === null ? "—" : x);
  const change = (k: ReportKeyFigure) => (k.change === null ? "—" : `${k.change > 0 ? "+" : ""}${k.change}`);
  return {
    header: ["项目", "单位", label, before, "增减"],
    rows: i.keyFigures.map((k) => [`${k.area}：${k.label}`, k.unit, v(k.value), v(k.previous), change(k)]),
  };
}

const numberParts = (parts: Omit<DocPart, "heading">[], headings: string[]): DocPart[] =>
  parts.map((p, n) => ({ ...p, heading: `${headingNumber(n)}${headings[n]}` }));

/** The document of `i.kind`: the text, each number from `i.current` (and `i.previous` for the changes). */
export function yearReportText(i: YearReportInput): YearDocText {
  const half = i.kind === "half-year";
  const period = half ? `${i.year}年上半年` : `${i.year}年`;
  const c: Ctx = { i, f: i.current, p: i.previous, period, than: half ? "上年同期" : "上年" };
  const work = workSections(c);
  const date = cnDate(i.asOf);
  const signature = `${i.township}人大主席团`;
  const table = keyTable(
    i,
    half ? `${i.year}年上半年` : `${i.year}年`,
    half ? `${i.year - 1}年上半年` : `${i.year - 1}年`,
  );

  if (i.kind === "session-report") {
    const next = i.nextSession
      ? sessionOfficialName(i.township, i.nextSession.termNumber, i.nextSession.number)
      : `${i.township}第×届人民代表大会第×次会议`;
    return {
      kind: i.kind,
      title: `${i.township}人民代表大会主席团工作报告`,
      subtitle: `——在${next}上`,
      salutation: "各位代表：",
      opening: [`现在，我代表${i.township}人民代表大会主席团，向大会报告${i.year}年工作，请予审议。`],
      parts: numberParts(
        [
          {
            intro: [
              `${i.year}年，镇人大主席团在镇党委的坚强领导下，在县人大常委会的指导下，认真履行宪法和法律赋予的职责，${fill("一年工作的总体评价")}。`,
            ],
            sections: work,
          },
          { intro: shortcomings(c), sections: [] },
          {
            intro: [
              `${i.year + 1}年，镇人大主席团工作的总体要求是：${fill("指导思想和总体要求")}。重点抓好以下工作：`,
              ...nextSteps(`${i.year + 1}年`),
            ],
            sections: [],
          },
        ],
        [`${i.year}年工作回顾`, "存在的不足", `${i.year + 1}年工作安排`],
      ),
      closing: [`各位代表，${fill("结束语")}`],
      signature: null,
      date,
      appendix: null,
    };
  }

  const intro = half
    ? `${i.year}年上半年，镇人大主席团在镇党委的领导下，紧紧围绕全年工作要点，依法履行职责，各项工作有序推进。现将上半年工作小结如下：`
    : `${i.year}年，镇人大主席团在镇党委的正确领导和县人大常委会的指导下，认真履行宪法和法律赋予的职责，${fill("全年工作的总体评价")}。现将一年来的工作总结如下：`;
  return {
    kind: i.kind,
    title: half ? `${i.township}人大${i.year}年上半年工作小结` : `${i.township}人大${i.year}年度工作总结`,
    subtitle: null,
    salutation: null,
    opening: [intro],
    parts: numberParts(
      [
        { intro: [], sections: work },
        { intro: shortcomings(c), sections: [] },
        {
          intro: [
            half
              ? `下半年，镇人大主席团将围绕全年工作要点，重点抓好以下工作：`
              : `${i.year + 1}年，镇人大主席团将重点抓好以下工作：`,
            ...nextSteps(half ? "下半年" : `${i.year + 1}年`),
          ],
          sections: [],
        },
      ],
      [half ? "上半年工作开展情况" : "工作开展情况", "存在的不足", half ? "下半年工作打算" : `${i.year + 1}年工作打算`],
    ),
    closing: [],
    signature,
    date,
    appendix: table ? { title: `附表：${period}人大工作主要数据`, table } : null,
  };
}

/** All the document's text in reading order (tests, a plain-text preview). */
export function yearReportPlainText(t: YearDocText): string {
  const lines = [t.title];
  if (t.subtitle) lines.push(t.subtitle);
  if (t.salutation) lines.push(t.salutation);
  lines.push(...t.opening);
  for (const p of t.parts) {
    lines.push(p.heading, ...p.intro);
    for (const s of p.sections) {
      lines.push(s.heading, ...s.paragraphs);
      if (s.table) lines.push(s.table.header.join("\t"), ...s.table.rows.map((r) => r.join("\t")));
    }
  }
  lines.push(...t.closing);
  if (t.signature) lines.push(t.signature);
  lines.push(t.date);
  if (t.appendix)
    lines.push(t.appendix.title, t.appendix.table.header.join("\t"), ...t.appendix.table.rows.map((r) => r.join("\t")));
  return lines.join("\n");
}
