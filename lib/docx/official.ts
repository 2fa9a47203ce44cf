// Word files to GB/T 9704-2012 (党政机关公文格式), the one way the app writes a .docx: A4 with the standard's
// margins, a document grid of 22 lines × 28 characters with exact line spacing, 仿宋_GB2312 3号 body,
// 方正小标宋简体 2号 title, 黑体 / 楷体_GB2312 headings kept with what follows, fitted tables, the issuer
// and date placed as 7.3.5.2 places them, and page numbers "— 1 —" (odd pages right, even pages left).
// Fonts fall back through the font table (lib/docx/fonts.ts); page figures are in lib/docx/layout.ts.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
  type Table,
} from "docx";
import { FONTS } from "@/lib/docx/fonts";
import { STYLE, documentStyles, finishPackage } from "@/lib/docx/styles";
import { titleLines } from "@/lib/docx/title";
import { FOOTER_DISTANCE, MARGIN, PAGE_NUMBER_SIZE, TITLE_SIZE, pageGrid, signOffIndents } from "@/lib/docx/layout";
import { fittedTable } from "@/lib/docx/table";

export { FONTS } from "@/lib/docx/fonts";

export const run = (text: string, opts: IRunOptions = {}) => new TextRun({ text, ...opts });

const GRID = pageGrid();
/** Two characters of the grid (正文首行缩进二字), in twips and in Word's hundredths of a character. */
const INDENT = { firstLine: Math.round(2 * GRID.charPitch), firstLineChars: 200 };
const chars = (n: number) => Math.round(n * GRID.charPitch);

/** GB/T 9704 7.3.1: 2号小标宋, centred, one blank line under it; letters off the grid at their own width. */
export function title(text: string) {
  const lines = titleLines(text);
  return new Paragraph({
    style: STYLE.title,
    alignment: AlignmentType.CENTER,
    spacing: { after: GRID.linePitch },
    children: lines.map((line, i) =>
      run(line, { font: FONTS.title, size: TITLE_SIZE, snapToGrid: false, break: i ? 1 : 0 }),
    ),
  });
}

/** A centred line under the title, e.g. "——在…会议上" (楷体). */
export function subtitle(text: string) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { after: GRID.linePitch },
    children: [run(text, { font: FONTS.subheading })],
  });
}

/** First-level heading (一、…): 黑体, indented two characters, kept with the next paragraph. */
export function heading(text: string) {
  return new Paragraph({
    indent: INDENT,
    keepNext: true,
    keepLines: true,
    children: [run(text, { font: FONTS.heading })],
  });
}

/** Second-level heading (（一）…): 楷体, kept with the next paragraph. */
export function subheading(text: string) {
  return new Paragraph({
    indent: INDENT,
    keepNext: true,
    keepLines: true,
    children: [run(text, { font: FONTS.subheading })],
  });
}

/**
 * Body paragraphs, indented two characters; several lines become several paragraphs. `bold` is the third-level
 * heading (仿宋加粗), kept with the next paragraph; a drafted document's places to fill (PLACEHOLDER) are highlighted.
 */
export function body(
  text: string,
  opts: { indent?: boolean; bold?: boolean; pageBreakBefore?: boolean; keepNext?: boolean } = {},
): Paragraph[] {
  return text.split(/\r?\n/).map(
    (line, i) =>
      new Paragraph({
        indent: opts.indent === false ? undefined : INDENT,
        // `keepNext`: the last lines before a sign-off, which never stands alone on a page (GB/T 9704 7.3.5.1).
        keepNext: opts.bold || opts.keepNext || undefined,
        // An attachment (附件) starts on a page of its own (GB/T 9704 8).
        pageBreakBefore: (opts.pageBreakBefore && i === 0) || undefined,
        children: placeholderRuns(line, { bold: opts.bold }),
      }),
  );
}

/** A place the office writes in a drafted document: 【请填写：…】, highlighted in the .docx. */
export const PLACEHOLDER = /【请填写[^】]*】/g;

/** The line's runs: a drafted document's places to fill (PLACEHOLDER) highlighted yellow, the rest plain. */
function placeholderRuns(line: string, opts: IRunOptions): TextRun[] {
  const out: TextRun[] = [];
  let at = 0;
  for (const m of line.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push(run(line.slice(at, m.index), opts));
    out.push(run(m[0], { ...opts, highlight: "yellow" }));
    at = m.index + m[0].length;
  }
  if (at < line.length || !out.length) out.push(run(line.slice(at), opts));
  return out;
}

/** A table across the text area, its columns fitted to their content; `left` forces left alignment. */
export function table(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  opts: { left?: number[]; landscape?: boolean } = {},
): Table {
  return fittedTable(header, rows, pageGrid(opts.landscape).textWidth, opts.left);
}

export const spacer = () => new Paragraph({ children: [] });

/** A block of a document's body: a paragraph or a table. */
export type DocBlock = Paragraph | Table;

/** GB/T 9704 7.3.5.2: one blank line, the issuer 右空二字, the date under it two characters further right. */
export function signOff(issuer: string, date: string): Paragraph[] {
  const indents = signOffIndents(issuer, date);
  const line = (text: string, right: number, keepNext: boolean) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: chars(right) }, keepNext, children: [run(text)] });
  return [
    new Paragraph({ keepNext: true, children: [] }),
    line(issuer, indents.issuer, true),
    line(date, indents.date, false),
  ];
}

/** GB/T 9704 7.5: "— 1 —" in 4号 半角宋体, odd pages 居右空一字, even pages 居左空一字. */
function pageNumberFooter(side: "odd" | "even") {
  const oneChar = PAGE_NUMBER_SIZE * 10;
  const font = { font: FONTS.pageNumber, size: PAGE_NUMBER_SIZE, snapToGrid: false };
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ ...font, children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

export async function pack(
  docTitle: string,
  children: DocBlock[],
  opts: { landscape?: boolean } = {},
): Promise<Buffer> {
  const grid = pageGrid(opts.landscape);
  const doc = new Document({
    title: docTitle,
    creator: "人大工作平台",
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(grid.linePitch),
    sections: [
      {
        properties: {
          page: {
            ...(opts.landscape ? { size: { orientation: "landscape" as const } } : {}),
            margin: { ...MARGIN, footer: FOOTER_DISTANCE, header: MARGIN.top / 2 },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: grid.linePitch, charSpace: grid.charSpace },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children,
      },
    ],
  });
  return finishPackage(await Packer.toBuffer(doc));
}
