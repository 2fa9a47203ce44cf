// Reads a generated .docx back (for tests and the render script): the page, grid, default spacing,
// footers, font table, paragraphs and tables, and lists where it departs from GB/T 9704 as
// lib/docx/official.ts lays it out. Regular expressions over the XML parts the docx package writes.
import JSZip from "jszip";

export interface DocxParagraph {
  text: string;
  align: string | null;
  keepNext: boolean;
  fonts: string[];
  sizes: number[];
  line: number | null;
  lineRule: string | null;
  rightIndent: number | null;
  inTable: boolean;
}

export interface DocxInfo {
  parts: Record<string, string>;
  section: Record<string, number | string>;
  evenAndOdd: boolean;
  defaults: { line: number | null; lineRule: string | null; eastAsia: string | null; size: number | null };
  /** The Normal style's size and East Asian font (LibreOffice sizes the character grid from it). */
  normal: { size: number | null; eastAsia: string | null };
  /** Paragraph styles whose text is off the document grid (w:snapToGrid 0). */
  offGridStyles: string[];
  footers: {
    type: string;
    align: string | null;
    text: string;
    hasPageField: boolean;
    size: number | null;
    font: string | null;
  }[];
  fonts: Map<string, { altName: string | null; panose: string | null }>;
  paragraphs: DocxParagraph[];
  tables: { widths: number[]; fixed: boolean; headerRepeats: boolean }[];
}

const attr = (xml: string, tag: string, name: string): string | null =>
  new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1] ?? null;
const num = (v: string | null) => (v === null ? null : Number(v));
const all = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]);
const textOf = (xml: string) => all(xml, /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g).join("");

function paragraph(p: string, inTable: boolean): DocxParagraph {
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? "";
  return {
    text: textOf(p),
    align: attr(pPr, "w:jc", "w:val"),
    keepNext: /<w:keepNext\/>|<w:keepNext w:val="(true|1|on)"\/>/.test(pPr),
    fonts: all(p, /<w:rFonts\b[^>]*w:eastAsia="([^"]*)"/g),
    sizes: all(p, /<w:sz w:val="(\d+)"/g).map(Number),
    line: num(attr(pPr, "w:spacing", "w:line")),
    lineRule: attr(pPr, "w:spacing", "w:lineRule"),
    rightIndent: num(attr(pPr, "w:ind", "w:right")),
    inTable,
  };
}

const styleXml = (styles: string, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? "";

export async function inspectDocx(buffer: Buffer | Uint8Array): Promise<DocxInfo> {
  const zip = await JSZip.loadAsync(buffer);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (name.endsWith(".xml") || name.endsWith(".rels")) parts[name] = await zip.file(name)!.async("string");
  const doc = parts["word/document.xml"] ?? "";
  const sectPr = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(doc)?.[0] ?? "";
  const styles = parts["word/styles.xml"] ?? "";
  const docDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
  const rels = parts["word/_rels/document.xml.rels"] ?? "";
  const footers = [...sectPr.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map(([, type, id]) => {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    const xml = parts[`word/${target}`] ?? "";
    return {
      type,
      align: attr(xml, "w:jc", "w:val"),
      text: textOf(xml),
      hasPageField: /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(xml),
      size: num(attr(xml, "w:sz", "w:val")),
      font: attr(xml, "w:rFonts", "w:ascii"),
    };
  });
  const fonts = new Map(
    [...(parts["word/fontTable.xml"] ?? "").matchAll(/<w:font w:name="([^"]+)">([\s\S]*?)<\/w:font>/g)].map(
      ([, name, xml]) => [name, { altName: attr(xml, "w:altName", "w:val"), panose: attr(xml, "w:panose1", "w:val") }],
    ),
  );
  const body = doc.replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g, "");
  const tablesXml = body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
  const outside = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  const paragraphs = [
    ...(outside.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).map((p) => paragraph(p, false)),
    ...tablesXml.flatMap((t) => (t.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).map((p) => paragraph(p, true))),
  ];
  return {
    parts,
    section: {
      width: num(attr(sectPr, "w:pgSz", "w:w"))!,
      height: num(attr(sectPr, "w:pgSz", "w:h"))!,
      orient: attr(sectPr, "w:pgSz", "w:orient") ?? "portrait",
      top: num(attr(sectPr, "w:pgMar", "w:top"))!,
      left: num(attr(sectPr, "w:pgMar", "w:left"))!,
      right: num(attr(sectPr, "w:pgMar", "w:right"))!,
      bottom: num(attr(sectPr, "w:pgMar", "w:bottom"))!,
      gridType: attr(sectPr, "w:docGrid", "w:type") ?? "",
      linePitch: num(attr(sectPr, "w:docGrid", "w:linePitch"))!,
      charSpace: num(attr(sectPr, "w:docGrid", "w:charSpace"))!,
    },
    evenAndOdd: /<w:evenAndOddHeaders\/>/.test(parts["word/settings.xml"] ?? ""),
    defaults: {
      line: num(attr(docDefaults, "w:spacing", "w:line")),
      lineRule: attr(docDefaults, "w:spacing", "w:lineRule"),
      eastAsia: attr(docDefaults, "w:rFonts", "w:eastAsia"),
      size: num(attr(docDefaults, "w:sz", "w:val")),
    },
    normal: {
      size: num(attr(styleXml(styles, "Normal"), "w:sz", "w:val")),
      eastAsia: attr(styleXml(styles, "Normal"), "w:rFonts", "w:eastAsia"),
    },
    offGridStyles: [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)]
      .filter(([, , xml]) => /<w:snapToGrid w:val="(0|false)"\/>/.test(xml))
      .map(([, id]) => id),
    footers,
    fonts,
    paragraphs,
    tables: tablesXml.map((t) => ({
      widths: all(t, /<w:gridCol w:w="(\d+)"/g).map(Number),
      fixed: /<w:tblLayout w:type="fixed"\/>/.test(t),
      headerRepeats: /<w:tblHeader\/>/.test(t),
    })),
  };
}
