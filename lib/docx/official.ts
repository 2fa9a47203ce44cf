// Word files laid out after the usual official-document look (GB/T 9704): A4, 仿宋 三号 body,
// centred 宋体 title, 黑体 section headings. Shared by the session notice and minutes and the
// suggestion reports, so they all look the same.
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
  type IRunOptions,
} from "docx";

const latin = { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman" };
export const FONTS = {
  body: { ...latin, eastAsia: "仿宋" },
  title: { ...latin, eastAsia: "宋体" },
  heading: { ...latin, eastAsia: "黑体" },
  subheading: { ...latin, eastAsia: "楷体" },
};
export const BODY = 32; // half-points: 16 pt, 三号
export const TABLE = 24; // 12 pt, 小四

export const run = (text: string, opts: IRunOptions = {}) => new TextRun({ text, ...opts });

export function title(text: string) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 400 },
    children: [run(text, { font: FONTS.title, size: 44, bold: true })],
  });
}

/** A centred line under the title, e.g. "——在…会议上". */
export function subtitle(text: string) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [run(text, { font: FONTS.subheading })],
  });
}

export function heading(text: string) {
  return new Paragraph({
    indent: { firstLine: 640 },
    spacing: { before: 120 },
    children: [run(text, { font: FONTS.heading })],
  });
}

/** A second-level heading (（一）…) in 楷体. */
export function subheading(text: string) {
  return new Paragraph({ indent: { firstLine: 640 }, children: [run(text, { font: FONTS.subheading })] });
}

/** A body paragraph, indented two characters; several lines become several paragraphs. */
export function body(text: string, opts: { indent?: boolean; bold?: boolean } = {}): Paragraph[] {
  return text.split(/\r?\n/).map(
    (line) =>
      new Paragraph({
        indent: opts.indent === false ? undefined : { firstLine: 640 },
        children: [run(line, { bold: opts.bold })],
      }),
  );
}

export function right(text: string) {
  return new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [run(text)] });
}

export function table(header: string[], rows: (string | number)[][], opts: { left?: number[] } = {}) {
  const cell = (t: string | number, bold = false, left = false) =>
    new TableCell({
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        new Paragraph({
          alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [run(String(t), { size: TABLE, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, false, opts.left?.includes(i))) })),
    ],
  });
}

export const spacer = () => new Paragraph({ children: [] });

/** A block of a document's body: a paragraph or a table. */
export type DocBlock = Paragraph | Table;

/** The issuer's signature and the date, right-aligned under two blank lines (发文机关署名、成文日期). */
export const signOff = (issuer: string, date: string): Paragraph[] => [spacer(), spacer(), right(issuer), right(date)];

export async function pack(
  docTitle: string,
  children: DocBlock[],
  opts: { landscape?: boolean } = {},
): Promise<Buffer> {
  const doc = new Document({
    title: docTitle,
    creator: "人大工作平台",
    styles: { default: { document: { run: { font: FONTS.body, size: BODY }, paragraph: { spacing: { line: 520 } } } } },
    sections: [
      {
        // A4 (the library's default size) with the GB/T 9704 margins; landscape swaps width and height.
        properties: {
          page: {
            ...(opts.landscape ? { size: { orientation: "landscape" as const } } : {}),
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
