// The GB/T 9704-2012 page (党政机关公文格式), in twips: A4, 天头 37 mm, 订口 28 mm, a 156 × 225 mm
// text area (版心) holding 22 lines of 28 characters of 3号 (16 pt) type. Pure numbers, no docx objects.

const mm = (v: number) => Math.round((v * 1440) / 25.4);

export const A4 = { width: 11906, height: 16838 };

/** GB/T 9704 5.2.1 / 5.2.2: top 37 mm, left 28 mm, text area 156 × 225 mm (right and bottom follow). */
export const MARGIN = { top: mm(37), left: mm(28), right: mm(26), bottom: mm(35) };

/** GB/T 9704 5.2.3: 22 lines a page, 28 characters a line. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** 3号 (16 pt) body type, in half-points as Word stores sizes. */
export const BODY_SIZE = 32;
/** 2号 (22 pt) title. */
export const TITLE_SIZE = 44;
/** 4号 (14 pt) page numbers (GB/T 9704 7.5). */
export const PAGE_NUMBER_SIZE = 28;
/** 小四 (12 pt) in tables: legible on A4 and lets a table of ten columns fit the line. */
export const TABLE_SIZE = 24;

export interface PageGrid {
  /** Width and height of the text area. */
  textWidth: number;
  textHeight: number;
  /** w:docGrid w:linePitch, and the exact line height of body paragraphs. */
  linePitch: number;
  /** w:docGrid w:charSpace: 4096ths of a point added to the 16 pt body size to get the character pitch. */
  charSpace: number;
  /** The character pitch (one grid cell), for indents counted in characters. */
  charPitch: number;
}

/**
 * The document grid of a page: the line pitch that fits 22 lines in the text height and the character pitch that fits
 * 28 characters in its width. Landscape keeps the same pitches (more lines and characters fit).
 */
export function pageGrid(landscape = false): PageGrid {
  const portraitWidth = A4.width - MARGIN.left - MARGIN.right;
  const portraitHeight = A4.height - MARGIN.top - MARGIN.bottom;
  const linePitch = Math.floor(portraitHeight / LINES_PER_PAGE);
  const pitchPt = portraitWidth / CHARS_PER_LINE / 20;
  const charSpace = Math.floor((pitchPt - BODY_SIZE / 2) * 4096);
  const charPitch = (BODY_SIZE / 2 + charSpace / 4096) * 20;
  return landscape
    ? {
        textWidth: A4.height - MARGIN.left - MARGIN.right,
        textHeight: A4.width - MARGIN.top - MARGIN.bottom,
        linePitch,
        charSpace,
        charPitch,
      }
    : { textWidth: portraitWidth, textHeight: portraitHeight, linePitch, charSpace, charPitch };
}

/**
 * From the bottom edge of the page to the bottom of the footer line: the page number's dashes sit 7 mm under the text
 * area (GB/T 9704 7.5), and the footer line (exact 18 pt) has its dash about a third of the way down.
 */
export const FOOTER_DISTANCE = mm(35 - 7 - 5);
export const FOOTER_LINE = 360;

/** Width of a text in characters as the grid counts them: CJK and full-width 1, ASCII half. */
export function textWidthChars(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 && !/[—…“”‘’]/.test(ch) ? 0.5 : 1;
  return w;
}

/**
 * GB/T 9704 7.3.5.2 (不加盖印章的公文): the issuer 右空二字, the date on the next line starting two characters to
 * the right of the issuer's first character; when the date is the longer, the date 右空二字 and the issuer moves left.
 * Returns the right indents, in characters.
 */
export function signOffIndents(issuer: string, date: string): { issuer: number; date: number } {
  const s = textWidthChars(issuer);
  const d = textWidthChars(date);
  return s >= d + 2 ? { issuer: 2, date: 2 + (s - d - 2) } : { issuer: 2 + (d + 2 - s), date: 2 };
}
