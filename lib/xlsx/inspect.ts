// Reads a generated .xlsx back (for tests and the render script) and lists where a sheet is not ready
// to print as lib/xlsx/official.ts sets it up: one sentence per problem, none for a conforming file.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MIN_FONT_SIZE, PORTRAIT_MAX_WIDTH } from "@/lib/xlsx/official";

/** The header row each sheet repeats (from the workbook's _xlnm.Print_Titles names), by sheet index. */
async function printTitles(buffer: Buffer): Promise<Map<number, string>> {
  const xml = await (await JSZip.loadAsync(buffer)).file("xl/workbook.xml")!.async("string");
  return new Map(
    [...xml.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map(
      ([, id, ref]) => [Number(id), ref],
    ),
  );
}

function sheetProblems(ws: ExcelJS.Worksheet, titles: string | undefined): string[] {
  const out: string[] = [];
  const p = ws.pageSetup;
  const name = ws.name;
  const width = ws.columns.reduce((a, c) => a + (c.width ?? 9), 0);
  if (p.paperSize !== 9) out.push(`${name}: paper ${p.paperSize}, not A4 (9)`);
  if (!p.fitToPage || p.fitToWidth !== 1 || p.fitToHeight !== 0) out.push(`${name}: not fitted to the page width`);
  const want = width > PORTRAIT_MAX_WIDTH ? "landscape" : "portrait";
  if (p.orientation !== want) out.push(`${name}: ${p.orientation ?? "portrait"} for ${width} character widths`);
  const m = /\$(\d+):\$(\d+)$/.exec(titles ?? "");
  if (!m) out.push(`${name}: no header rows repeated on each page`);
  const header = m ? Number(m[2]) : 1;
  ws.eachRow((row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const at = `${name}!${cell.address}`;
      if ((cell.font?.size ?? 11) < MIN_FONT_SIZE) out.push(`${at}: font ${cell.font?.size} pt`);
      if (r >= header && c <= ws.columns.length && !(cell.border?.top && cell.border?.bottom && cell.border?.left))
        out.push(`${at}: no border`);
      if (typeof cell.value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(cell.value))
        out.push(`${at}: date kept as text`);
      if (cell.value instanceof Date && !/y/.test(cell.numFmt ?? "")) out.push(`${at}: date without a date format`);
    });
  });
  return out;
}

export async function printSetupProblems(buffer: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const titles = await printTitles(buffer);
  return wb.worksheets.flatMap((ws, i) => sheetProblems(ws, titles.get(i)));
}
