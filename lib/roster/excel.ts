// The roster as a spreadsheet: the column layout shared by template, export and import, and the
// reading of uploaded files (.xlsx, or .csv saved by Excel/WPS). No database here.
import type { UploadSpec } from "@/lib/files/upload";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { parse as parseCsv } from "csv-parse/sync";
import { AppError } from "@/lib/http/errors";
import { DAY_MS, formatDay } from "@/lib/time/day";
import type { DeputyCreateForm } from "@/lib/roster/schema";

export const ROSTER_SHEET = "代表名册";
export const GUIDE_SHEET = "填写说明";

export interface RosterColumn {
  header: string;
  field: keyof DeputyCreateForm;
  required: boolean;
  width: number;
  example: string;
  guide: string;
  /** Kept as text in Excel: long digit strings would otherwise lose their last digits. */
  text?: boolean;
  /** Offered as a drop-down in the template. */
  choices?: readonly string[];
}

/** In the order of the 代表登记表, as the deputy form (components/roster/deputy-form.tsx); the import reads columns by header, in any order. */
export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { header: "姓名", field: "name", required: true, width: 12, example: "张三", guide: "最多 50 个字" },
  {
    header: "性别",
    field: "gender",
    required: true,
    width: 8,
    example: "男",
    guide: "男 或 女",
    choices: ["男", "女"],
  },
  {
    header: "民族",
    field: "ethnicity",
    required: true,
    width: 8,
    example: "汉族",
    guide: "GB 3304 民族名称，如 汉族、苗族；写 汉、苗 也可",
  },
  {
    header: "出生日期",
    field: "birthDate",
    required: true,
    width: 13,
    example: "1980-05-01",
    guide: "如 1980-05-01；也可填 1980/5/1、1980.5.1 或日期格式的单元格",
  },
  {
    header: "政治面貌",
    field: "party",
    required: true,
    width: 12,
    example: "中共党员",
    guide: "GB/T 4762 政治面貌，如 中国共产党党员、群众；写 中共党员、党员、团员、民盟 等也可",
  },
  {
    header: "文化程度",
    field: "education",
    required: true,
    width: 12,
    example: "大学本科",
    guide: "GB/T 4658 学历，如 大学本科、大学专科、普通高中、初中；写 本科、大专、中专、高中 也可",
  },
  {
    header: "身份证号",
    field: "idNumber",
    required: false,
    width: 21,
    example: "",
    guide: "可不填；18 位，末位可为 X，须与出生日期、性别一致。本列须为文本格式，否则 Excel 会丢掉末尾几位",
    text: true,
  },
  { header: "工作单位", field: "workUnit", required: false, width: 20, example: "青山村村民委员会", guide: "可不填" },
  { header: "职业", field: "occupation", required: true, width: 16, example: "村党支部书记", guide: "最多 100 个字" },
  {
    header: "联系电话",
    field: "phone",
    required: false,
    width: 14,
    example: "13800000000",
    guide: "可不填；5–20 位数字",
    text: true,
  },
  { header: "住址", field: "address", required: false, width: 20, example: "青山村三组", guide: "可不填" },
  {
    header: "选区",
    field: "constituency",
    required: true,
    width: 12,
    example: "第一选区",
    guide: "须是本届已添加的选区名称（“名册 → 选区”），如 第一选区；名称不符的行不导入，并提示行号",
  },
  {
    header: "代表层级",
    field: "levels",
    required: true,
    width: 12,
    example: "镇、县",
    guide: "镇、县、市、州，可填多个，用顿号或逗号分隔，如 镇、县",
  },
  {
    header: "代表小组",
    field: "groupId",
    required: false,
    width: 16,
    example: "",
    guide: "可不填；须是本镇已建立的代表小组名称",
  },
  {
    header: "产生方式",
    field: "joinMethod",
    required: false,
    width: 12,
    example: "换届选举",
    guide: "换届选举 或 补选；不填为换届选举",
    choices: ["换届选举", "补选"],
  },
  {
    header: "任职日期",
    field: "startDate",
    required: false,
    width: 13,
    example: "",
    guide: "可不填，默认为本届开始日期；不能早于本届开始日期",
  },
];

/** What the export adds after the import's columns (the import ignores them): a resigned deputy does not look sitting. */
export const EXPORT_ONLY_COLUMNS = [
  { header: "状态", field: "status", width: 8 },
  { header: "离任日期", field: "leftDate", width: 13 },
] as const;

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type Cell = string | number | boolean | Date | null;
export interface SheetRow {
  row: number;
  cells: Cell[];
}

export const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "文件超过 10 MB，请拆分成几个文件分批导入");
const notSpreadsheet = () =>
  new AppError("VALIDATION", "文件不是有效的 Excel 表格（.xlsx）或 CSV 文件，请用“下载模板”得到的表格填写后再导入");

/** POST /deputies/import: one .xlsx or .csv in `file` (its content is checked by `readSheet`). */
export const IMPORT_UPLOAD: UploadSpec = {
  field: "file",
  label: "文件",
  allowed: null,
  typesText: "Excel（.xlsx）或 CSV",
  noFile: "请选择要导入的文件",
  limits: { maxFiles: 1, maxMb: MAX_IMPORT_BYTES / 1024 / 1024 },
};

// ── Reading the file ────────────────────────────────────────────────────────────────────────────

function cellOf(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("formula" in v || "sharedFormula" in v) return cellOf(v.result as ExcelJS.CellValue);
  if ("hyperlink" in v) return cellOf(v.text as ExcelJS.CellValue);
  if ("error" in v) return String(v.error);
  return null;
}

async function readXlsx(buffer: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw notSpreadsheet();
  }
  const ws =
    wb.getWorksheet(ROSTER_SHEET) ??
    wb.worksheets.find((w) => w.name !== GUIDE_SHEET && w.state === "visible") ??
    wb.worksheets[0];
  if (!ws) throw notSpreadsheet();
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    const values = r.values as ExcelJS.CellValue[];
    const cells: Cell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellOf(values[i]));
    rows.push({ row: n, cells });
  });
  return rows;
}

/** Excel and WPS save CSV as UTF-8 with a BOM, as GBK (the Chinese-Windows default) or, as "Unicode text", UTF-16. */
function decodeText(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString("utf8");
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), "utf16le");
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), "utf16be");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, "gb18030"); // a superset of GBK
  }
}

function readCsv(buffer: Buffer): SheetRow[] {
  const text = decodeText(buffer);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) throw notSpreadsheet(); // binary, not text
  const firstLine = text.slice(0, 2000).split("\n")[0];
  const delimiter = firstLine.split("\t").length > firstLine.split(",").length ? "\t" : ",";
  let records: string[][];
  try {
    // Empty lines are kept so that record n is row n, as Excel shows the file.
    records = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch {
    throw new AppError("VALIDATION", "CSV 文件格式有误（如引号不配对），请在 Excel 或 WPS 中重新“另存为”后再导入");
  }
  return records.map((cells, i) => ({ row: i + 1, cells }));
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .xls (Excel 97–2003) and password-protected workbooks

export async function readSheet(buffer: Buffer, filename: string): Promise<SheetRow[]> {
  const starts = (sig: number[]) => sig.every((b, i) => buffer[i] === b);
  const ext = path.extname(filename).toLowerCase();
  if (starts(ZIP)) return readXlsx(buffer);
  if (starts(OLE))
    throw new AppError(
      "VALIDATION",
      "不支持 .xls（Excel 97-2003）格式或加密的表格，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入",
    );
  if (ext === ".csv") return readCsv(buffer);
  throw ext === ".xlsx" ? notSpreadsheet() : new AppError("VALIDATION", "只能导入 .xlsx 或 .csv 文件");
}

export function textOf(c: Cell): string {
  if (c === null) return "";
  if (c instanceof Date) return formatDay(c);
  return String(c).trim();
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Date cells, Excel serial numbers and 1980-5-1 / 1980/5/1 / 1980.5.1 / 1980年5月1日 / 19800501 → 1980-05-01. */
export function dayOf(c: Cell): string | undefined {
  if (c instanceof Date) return formatDay(c);
  if (typeof c === "number" && c > 0 && c < 100_000) return formatDay(new Date(EXCEL_EPOCH + Math.floor(c) * DAY_MS));
  const t = textOf(c);
  if (!t) return undefined;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : t;
}
