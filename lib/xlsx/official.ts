// Spreadsheets ready to print, the one way the app writes an .xlsx: A4, landscape when the columns
// are wider than a portrait page, fitted to the page width, the header rows repeated on every page,
// thin borders round the table, dates as date cells with a date format, 宋体 at a legible size, and
// "第 N 页 共 M 页" in the footer. A sheet's optional title and note rows sit above the column header.
import ExcelJS from "exceljs";

/** 宋体 11 pt in cells and 10 pt at the least anywhere (Excel's 10 is the smallest legible on A4 when fitted). */
export const SHEET_FONT = { name: "宋体", size: 11 } as const;
export const MIN_FONT_SIZE = 10;
/** Beyond this many character widths of columns a sheet prints landscape (A4 portrait holds about 90). */
export const PORTRAIT_MAX_WIDTH = 90;
export const DATE_FORMAT = "yyyy-mm-dd";

export interface SheetColumn {
  header: string;
  key: string;
  /** In Excel's character widths. */
  width: number;
  /** "date": a Date or a YYYY-MM-DD string becomes a date cell; "text": kept as text (long digit strings). */
  type?: "date" | "text";
  /** Long text wraps within the column (titles, replies). */
  wrap?: boolean;
}

export interface SheetOptions {
  columns: readonly SheetColumn[];
  /** A merged, centred title row above the table (e.g. the disclosure's name). */
  title?: string;
  /** A merged, wrapped note row under the title. */
  note?: string;
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E5E4" } };

export const sheetWidth = (columns: readonly SheetColumn[]) => columns.reduce((a, c) => a + c.width, 0);

/** A worksheet with the print setup, the title and note rows and the column header row. */
export function addOfficialSheet(wb: ExcelJS.Workbook, name: string, opts: SheetOptions): OfficialSheet {
  const landscape = sheetWidth(opts.columns) > PORTRAIT_MAX_WIDTH;
  const top = (opts.title ? 1 : 0) + (opts.note ? 1 : 0);
  const headerRow = top + 1;
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: headerRow }],
    properties: { defaultRowHeight: 18 },
    pageSetup: {
      paperSize: 9, // A4
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: "&C第 &P 页 共 &N 页", evenFooter: "&C第 &P 页 共 &N 页" },
  });
  ws.columns = opts.columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: {
      font: SHEET_FONT,
      ...(c.type === "date" ? { numFmt: DATE_FORMAT } : c.type === "text" ? { numFmt: "@" } : {}),
    },
  }));
  const last = opts.columns.length;
  let row = 1;
  if (opts.title) {
    ws.mergeCells(row, 1, row, last);
    const cell = ws.getCell(row, 1);
    cell.value = opts.title;
    cell.font = { ...SHEET_FONT, size: 16, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    ws.getRow(row++).height = 28;
  }
  if (opts.note) {
    ws.mergeCells(row, 1, row, last);
    const cell = ws.getCell(row, 1);
    cell.value = opts.note;
    cell.font = SHEET_FONT;
    cell.alignment = { wrapText: true, vertical: "top" };
    ws.getRow(row).height = Math.max(18, 15 * Math.ceil(opts.note.length / (sheetWidth(opts.columns) * 0.5)));
  }
  const header = ws.getRow(headerRow);
  header.values = opts.columns.map((c) => c.header);
  header.eachCell((cell) => {
    cell.font = { ...SHEET_FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: last } };
  return new OfficialSheet(ws, opts.columns, headerRow);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Adds rows with borders, wrapping and date cells. */
export class OfficialSheet {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly columns: readonly SheetColumn[],
    readonly headerRow: number,
  ) {}

  addRow(values: Record<string, ExcelJS.CellValue | undefined>): ExcelJS.Row {
    const row = this.ws.addRow(
      Object.fromEntries(
        this.columns.map((c) => {
          const v = values[c.key];
          // A calendar day as a date cell at UTC midnight: Excel shows that day, sorts and filters by it.
          const date = c.type === "date" && typeof v === "string" && DAY.test(v) ? new Date(`${v}T00:00:00Z`) : v;
          return [c.key, date === "" ? null : (date ?? null)];
        }),
      ),
    );
    this.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: c.wrap ?? false };
    });
    return row;
  }
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "人大工作平台";
  return wb;
}
