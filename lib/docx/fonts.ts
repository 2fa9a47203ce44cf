// The fonts of an official document and the font table (word/fontTable.xml) that names each one's fallback.
// A run can name only one East Asian font, so the fallbacks live in the font table: Word and WPS take
// w:altName (and the panose and charset) when the named font is not installed, and LibreOffice reads
// w:altName as the font's substitute. The docx package writes an empty table unless fonts are embedded,
// so pack() replaces it (Packer's `overrides`): see docs/decisions.md, "Official documents".

const latin = { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman" };

/** 仿宋_GB2312 → 仿宋 → FangSong (body); 方正小标宋简体 → 华文中宋 → 宋体 (title); 黑体; 楷体_GB2312 → 楷体. */
export const FONTS = {
  body: { ...latin, eastAsia: "仿宋_GB2312" },
  title: { ...latin, eastAsia: "方正小标宋简体" },
  heading: { ...latin, eastAsia: "黑体" },
  subheading: { ...latin, eastAsia: "楷体_GB2312" },
  /** GB/T 9704 7.5: page numbers in 宋体 half-width digits. */
  pageNumber: { ascii: "宋体", hAnsi: "宋体", cs: "宋体", eastAsia: "宋体" },
};

interface FontEntry {
  name: string;
  altName: string;
  panose: string;
  /** GB2312 is charset 0x86; Latin fonts 00. */
  charset: string;
  family: "roman" | "swiss" | "modern" | "auto";
  pitch: "fixed" | "variable";
}

/** Each font with the one to use when it is missing; the chain continues through the next entry. */
export const FONT_TABLE: readonly FontEntry[] = [
  {
    name: "仿宋_GB2312",
    altName: "仿宋",
    panose: "02010609030101010101",
    charset: "86",
    family: "modern",
    pitch: "fixed",
  },
  {
    name: "仿宋",
    altName: "FangSong",
    panose: "02010609060101010101",
    charset: "86",
    family: "modern",
    pitch: "fixed",
  },
  {
    name: "方正小标宋简体",
    altName: "华文中宋",
    panose: "02000000000000000000",
    charset: "86",
    family: "auto",
    pitch: "variable",
  },
  {
    name: "华文中宋",
    altName: "宋体",
    panose: "02010600040101010101",
    charset: "86",
    family: "auto",
    pitch: "variable",
  },
  { name: "宋体", altName: "SimSun", panose: "02010600030101010101", charset: "86", family: "auto", pitch: "variable" },
  { name: "黑体", altName: "SimHei", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed" },
  {
    name: "楷体_GB2312",
    altName: "楷体",
    panose: "02010609030101010101",
    charset: "86",
    family: "modern",
    pitch: "fixed",
  },
  { name: "楷体", altName: "KaiTi", panose: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed" },
  {
    name: "Times New Roman",
    altName: "Liberation Serif",
    panose: "02020603050405020304",
    charset: "00",
    family: "roman",
    pitch: "variable",
  },
];

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** word/fontTable.xml with every entry of FONT_TABLE. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W}">${fonts}</w:fonts>`;
}
