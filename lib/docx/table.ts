// Tables in official documents: column widths fitted to what the columns hold, so a short figure
// column takes the width of its header and a long text column (表决事项, 标题) takes the rest and wraps
// by words, not one character a line.
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { STYLE } from "@/lib/docx/styles";
import { FONTS } from "@/lib/docx/fonts";
import { TABLE_SIZE, textWidthChars } from "@/lib/docx/layout";

/** Cell margins, left and right (Word's default is 108), in twips. */
const CELL_MARGIN = 80;
const CELL_PADDING = 2 * CELL_MARGIN + 20;
/** One 小四 character, in twips. */
const CHAR = TABLE_SIZE * 10;
/** A column is never narrower than two characters (序号, 结果). */
const MIN_WIDTH = 2 * CHAR + CELL_PADDING;

/**
 * Widths (twips) summing to `total`: each column's natural width (its longest cell on one line) when all fit, spread
 * out in proportion; otherwise the narrow columns keep their natural width and the wide ones share what is left
 * (water-filling), so only the longest texts wrap.
 */
export function fitColumns(cells: readonly (readonly string[])[], total: number): number[] {
  const cols = Math.max(0, ...cells.map((r) => r.length));
  const width = (t: string) => Math.ceil(textWidthChars(t) * CHAR) + CELL_PADDING;
  // A header of four or more characters may take two lines (通过/所需), so it does not widen a column of figures.
  const headerWidth = (t: string) => width(t.length >= 4 ? t.slice(0, Math.ceil(t.length / 2)) : t);
  const naturalWith = (header: (t: string) => number) =>
    Array.from({ length: cols }, (_, i) =>
      Math.max(MIN_WIDTH, header(cells[0]?.[i] ?? ""), ...cells.slice(1).map((r) => width(r[i] ?? ""))),
    );
  const oneLine = naturalWith(width);
  if (oneLine.reduce((a, b) => a + b, 0) <= total) return spread(oneLine, total);
  const natural = naturalWith(headerWidth);
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= total) return spread(natural, total);
  const widths = [...natural];
  let flexible = natural.map((_, i) => i);
  let left = total;
  for (;;) {
    const share = left / flexible.length;
    const fixed = flexible.filter((i) => natural[i] <= share);
    if (!fixed.length) {
      flexible.forEach((i) => (widths[i] = share));
      break;
    }
    for (const i of fixed) left -= natural[i];
    flexible = flexible.filter((i) => natural[i] > share);
    if (!flexible.length) break;
  }
  return spread(widths, total);
}

/** Whole twips, scaled to the total (rounding goes to the last column). */
function spread(widths: number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const out = widths.map((w) => Math.floor((w * total) / sum));
  out[out.length - 1] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

const cellParagraph = (text: string, header: boolean, left: boolean) =>
  new Paragraph({
    // 小四 in an exact 18 pt line, off the page grid (lib/docx/styles.ts).
    style: STYLE.table,
    alignment: left ? AlignmentType.LEFT : AlignmentType.CENTER,
    children: [new TextRun({ text, size: TABLE_SIZE, snapToGrid: false, font: header ? FONTS.heading : FONTS.body })],
  });

/**
 * A table as wide as the text area: header row (黑体, repeated on each page), rows that do not break across pages,
 * columns fitted to their content; a column whose text wraps, or listed in `left`, is left-aligned.
 */
export function fittedTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  width: number,
  left: readonly number[] = [],
): Table {
  const text = [header.map(String), ...rows.map((r) => r.map(String))];
  const widths = fitColumns(text, width);
  const wraps = widths.map((w, i) => left.includes(i) || text.some((r) => textWidthChars(r[i] ?? "") * CHAR > w));
  const row = (cells: readonly string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map(
        (t, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [cellParagraph(t, isHeader, !isHeader && wraps[i])],
          }),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(text[0], true), ...text.slice(1).map((r) => row(r, false))],
  });
}
