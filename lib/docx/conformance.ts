// Where a generated .docx departs from the GB/T 9704 layout of lib/docx/official.ts: one sentence per
// problem, none for a conforming file. Used by the unit test of every generator and by `npm run docs:render`.
import { FONT_TABLE, FONTS } from "@/lib/docx/fonts";
import { inspectDocx, type DocxInfo } from "@/lib/docx/inspect";
import { STYLE } from "@/lib/docx/styles";
import { A4, MARGIN, PAGE_NUMBER_SIZE, TITLE_SIZE, pageGrid, signOffIndents } from "@/lib/docx/layout";

const HEADING_FONTS = [FONTS.heading.eastAsia, FONTS.subheading.eastAsia];

function pageProblems(d: DocxInfo, landscape: boolean): string[] {
  const out: string[] = [];
  const s = d.section;
  const grid = pageGrid(landscape);
  const [w, h] = landscape ? [A4.height, A4.width] : [A4.width, A4.height];
  if (s.width !== w || s.height !== h) out.push(`page is ${s.width}×${s.height}, not A4 ${w}×${h}`);
  for (const side of ["top", "left", "right", "bottom"] as const)
    if (s[side] !== MARGIN[side]) out.push(`margin ${side} is ${s[side]}, not ${MARGIN[side]}`);
  if (s.gridType !== "linesAndChars") out.push(`document grid is "${s.gridType}", not linesAndChars`);
  if (s.linePitch !== grid.linePitch) out.push(`line pitch ${s.linePitch}, not ${grid.linePitch}`);
  if (s.charSpace !== grid.charSpace) out.push(`char space ${s.charSpace}, not ${grid.charSpace}`);
  if (d.defaults.line !== grid.linePitch || d.defaults.lineRule !== "exact")
    out.push(`default spacing ${d.defaults.line} ${d.defaults.lineRule}, not exact ${grid.linePitch}`);
  if (d.defaults.eastAsia !== FONTS.body.eastAsia) out.push(`body font ${d.defaults.eastAsia}`);
  if (d.defaults.size !== 32) out.push(`body size ${d.defaults.size}, not 32 (3号)`);
  if (d.normal.size !== 32 || d.normal.eastAsia !== FONTS.body.eastAsia)
    out.push(`Normal style ${d.normal.eastAsia} ${d.normal.size}, not the body's (LibreOffice's grid reads it)`);
  for (const id of Object.values(STYLE))
    if (!d.offGridStyles.includes(id)) out.push(`style ${id} is not off the document grid`);
  return out;
}

function footerProblems(d: DocxInfo): string[] {
  const out: string[] = [];
  if (!d.evenAndOdd) out.push("settings lack w:evenAndOddHeaders");
  for (const [type, align] of [
    ["default", "right"],
    ["even", "left"],
  ] as const) {
    const f = d.footers.find((x) => x.type === type);
    if (!f) {
      out.push(`no ${type} footer`);
      continue;
    }
    if (!f.hasPageField || f.text !== "— " + " —") out.push(`${type} footer reads "${f.text}", not "— PAGE —"`);
    if (f.align !== align) out.push(`${type} footer aligned ${f.align}, not ${align}`);
    if (f.size !== PAGE_NUMBER_SIZE || f.font !== "宋体") out.push(`${type} footer in ${f.font} ${f.size}`);
  }
  return out;
}

function fontProblems(d: DocxInfo): string[] {
  return FONT_TABLE.filter((f) => d.fonts.get(f.name)?.altName !== f.altName).map(
    (f) => `font table lacks ${f.name} → ${f.altName}`,
  );
}

function paragraphProblems(d: DocxInfo, signOff: boolean): string[] {
  const out: string[] = [];
  const body = d.paragraphs.filter((p) => !p.inTable);
  const first = body[0];
  if (
    !first ||
    first.align !== "center" ||
    !first.fonts.includes(FONTS.title.eastAsia) ||
    !first.sizes.includes(TITLE_SIZE)
  )
    out.push("the first paragraph is not a centred 2号 小标宋 title");
  for (const p of d.paragraphs) {
    if (p.line !== null && p.lineRule !== "exact") out.push(`"${p.text.slice(0, 12)}" has line spacing without exact`);
    if (!p.inTable && p.fonts.some((f) => HEADING_FONTS.includes(f)) && !p.keepNext)
      out.push(`heading "${p.text.slice(0, 12)}" is not kept with the next paragraph`);
  }
  // The sign-off: the last two paragraphs, right-aligned, indented as 7.3.5.2 says.
  const [issuer, date] = body.slice(-2);
  if (!signOff) return out;
  if (!issuer || !date || issuer.align !== "right" || date.align !== "right") out.push("no right-aligned sign-off");
  else {
    const want = signOffIndents(issuer.text, date.text);
    const pitch = pageGrid().charPitch;
    if (
      Math.abs((issuer.rightIndent ?? 0) - want.issuer * pitch) > 2 ||
      Math.abs((date.rightIndent ?? 0) - want.date * pitch) > 2
    )
      out.push(
        `sign-off indents ${issuer.rightIndent}/${date.rightIndent}, not ${want.issuer}/${want.date} characters`,
      );
  }
  return out;
}

function tableProblems(d: DocxInfo, landscape: boolean): string[] {
  const width = pageGrid(landscape).textWidth;
  return d.tables.flatMap((t, i) => {
    const out: string[] = [];
    const sum = t.widths.reduce((a, b) => a + b, 0);
    if (!t.fixed) out.push(`table ${i + 1} layout is not fixed`);
    if (!t.headerRepeats) out.push(`table ${i + 1} header does not repeat`);
    if (Math.abs(sum - width) > 1) out.push(`table ${i + 1} is ${sum} wide, not ${width}`);
    if (t.widths.length >= 3 && new Set(t.widths).size === 1) out.push(`table ${i + 1} has equal columns`);
    return out;
  });
}

/** `signOff: false` for a document without issuer and date (纪要, GB/T 9704 10.3). */
export async function officialDocxProblems(
  buffer: Buffer | Uint8Array,
  opts: { landscape?: boolean; signOff?: boolean } = {},
) {
  const d = await inspectDocx(buffer);
  const landscape = opts.landscape ?? false;
  return [
    ...pageProblems(d, landscape),
    ...footerProblems(d),
    ...fontProblems(d),
    ...paragraphProblems(d, opts.signOff ?? true),
    ...tableProblems(d, landscape),
  ];
}
