// The document's styles and the finishing touches the docx package cannot write.
//
// Normal carries the body's font and size (LibreOffice sizes the character grid from Normal, not from the
// document defaults) and a condensed spacing of 0.25 pt: a 16 pt character then fits the 15.79 pt grid cell
// instead of taking two in LibreOffice, while Word, which sets each character on the grid, still writes 28 a
// line. Tables, the title and page numbers are off the grid (w:snapToGrid 0 in their paragraph styles, which
// the package can only write on runs): their letters keep their own widths.
import JSZip from "jszip";
import { AlignmentType, LineRuleType, type IStylesOptions } from "docx";
import { FONTS, fontTableXml } from "@/lib/docx/fonts";
import { BODY_SIZE, FOOTER_LINE, PAGE_NUMBER_SIZE, TABLE_SIZE, TITLE_SIZE } from "@/lib/docx/layout";

export const STYLE = { table: "OfficialTableText", title: "OfficialTitle", pageNumber: "OfficialPageNumber" };
const OFF_GRID = Object.values(STYLE);

/** Condensed by 0.25 pt (w:spacing in twips) so that 28 characters of 3号 fit the 156 mm line everywhere. */
const CONDENSED = -5;
const LANG = { value: "zh-CN", eastAsia: "zh-CN" };

export function documentStyles(linePitch: number): IStylesOptions {
  const exact = { line: linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  return {
    // Chinese text: line breaking and punctuation rules of zh-CN (without it LibreOffice breaks lines at digits).
    default: {
      document: { run: { font: FONTS.body, size: BODY_SIZE, language: LANG }, paragraph: { spacing: exact } },
    },
    paragraphStyles: [
      {
        id: "Normal",
        name: "Normal",
        run: { font: FONTS.body, size: BODY_SIZE, characterSpacing: CONDENSED, language: LANG },
        paragraph: { spacing: exact, alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: STYLE.title,
        name: "Official Title",
        basedOn: "Normal",
        run: { font: FONTS.title, size: TITLE_SIZE, characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.table,
        name: "Official Table Text",
        basedOn: "Normal",
        run: { size: TABLE_SIZE, characterSpacing: 0 },
        // 小四 in an exact 18 pt line.
        paragraph: { spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
      {
        id: STYLE.pageNumber,
        name: "Official Page Number",
        basedOn: "Normal",
        run: { font: FONTS.pageNumber, size: PAGE_NUMBER_SIZE, characterSpacing: 0 },
        paragraph: { spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
    ],
  };
}

// CT_PPr is a sequence: w:snapToGrid comes before these.
const AFTER_SNAP =
  /<w:(spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|outlineLvl|rPr)\b/;

function withSnapToGridOff(pPr: string): string {
  const at = pPr.search(AFTER_SNAP);
  const tag = '<w:snapToGrid w:val="0"/>';
  return at < 0 ? pPr + tag : pPr.slice(0, at) + tag + pPr.slice(at);
}

/** The font table, and w:snapToGrid 0 in the off-grid paragraph styles. */
export async function finishPackage(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  zip.file("word/fontTable.xml", fontTableXml());
  const styles = await zip.file("word/styles.xml")!.async("string");
  const offGrid = styles.replace(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (style, id: string) =>
    OFF_GRID.includes(id)
      ? style.replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/, (_, pPr: string) => `<w:pPr>${withSnapToGridOff(pPr)}</w:pPr>`)
      : style,
  );
  zip.file("word/styles.xml", offGrid);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
