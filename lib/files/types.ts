// Which uploaded files the app keeps (session documents, suggestion attachments): a short
// whitelist, each type checked by its extension AND its first bytes, so a renamed .exe or a fake
// .pdf is refused. Pure (no Prisma, no I/O, no Buffer), so the browser's file pickers use it too.

const startsWith = (b: Uint8Array, sig: readonly number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc and .xls (Office 97–2003)
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const BINARY_SIGNATURES = [
  PDF,
  ZIP,
  OLE,
  PNG,
  JPEG,
  [0x4d, 0x5a] /* MZ: Windows program */,
  [0x7f, 0x45, 0x4c, 0x46] /* ELF */,
  [0x1f, 0x8b] /* gzip */,
  [0x52, 0x61, 0x72, 0x21] /* RAR */,
];

/** Whether `needle` (ASCII) occurs in `b` — without Buffer, so this module also runs in the browser (the file picker). */
function contains(b: Uint8Array, needle: string): boolean {
  const n = Array.from(needle, (c) => c.charCodeAt(0));
  outer: for (let i = 0; i + n.length <= b.length; i++) {
    for (let j = 0; j < n.length; j++) if (b[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

/** An Office Open XML file is a zip whose entry names (stored uncompressed) include its part folder. */
const zipWith = (folder: string) => (b: Uint8Array) => startsWith(b, ZIP) && contains(b, folder);

/**
 * Plain text has no signature: it is text when it is none of the binary types above and its first
 * 64 KB hold no NUL or other control bytes (tab, line breaks and form feed aside). UTF-8 and GBK
 * both pass; UTF-16 (Notepad's "Unicode") is recognised by its byte-order mark.
 */
export function looksLikeText(b: Uint8Array): boolean {
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return b.length % 2 === 0;
  if (BINARY_SIGNATURES.some((sig) => startsWith(b, sig))) return false;
  const end = Math.min(b.length, 64 * 1024);
  for (let i = 0; i < end; i++) {
    const c = b[i];
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) return false;
  }
  return true;
}

/** Extension → the MIME type stored and sent back on download, and the check of the first bytes. */
export const FILE_TYPES: Record<string, { mime: string; matches: (b: Uint8Array) => boolean }> = {
  ".pdf": { mime: "application/pdf", matches: (b) => startsWith(b, PDF) },
  ".doc": { mime: "application/msword", matches: (b) => startsWith(b, OLE) },
  ".docx": {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    matches: zipWith("word/"),
  },
  ".xls": { mime: "application/vnd.ms-excel", matches: (b) => startsWith(b, OLE) },
  ".xlsx": { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", matches: zipWith("xl/") },
  ".jpg": { mime: "image/jpeg", matches: (b) => startsWith(b, JPEG) },
  ".jpeg": { mime: "image/jpeg", matches: (b) => startsWith(b, JPEG) },
  ".png": { mime: "image/png", matches: (b) => startsWith(b, PNG) },
  ".txt": { mime: "text/plain", matches: looksLikeText },
};

/** Session documents: office and image files. */
export const DOCUMENT_EXTENSIONS = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png"] as const;
export const DOCUMENT_TYPES_TEXT = "PDF、Word（.doc/.docx）、Excel（.xls/.xlsx）、JPG、PNG";
/** Suggestion, reply and delay-notice attachments: the same, plus plain text. */
export const ATTACHMENT_EXTENSIONS = [...DOCUMENT_EXTENSIONS, ".txt"] as const;
export const ATTACHMENT_TYPES_TEXT = `${DOCUMENT_TYPES_TEXT}、TXT`;
/** For the attachment picker's `accept`. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_EXTENSIONS.join(",");
/** Deputy photos: recognised by their first bytes. */
export const PHOTO_EXTENSIONS = [".jpg", ".png"] as const;

/** The lower-case extension with its dot ("" when there is none). */
export function extensionOf(filename: string): string {
  const m = /\.[^./\\]+$/.exec(filename);
  return m ? m[0].toLowerCase() : "";
}

export type FileCheck = { ok: true; mime: string } | { ok: false; reason: "TYPE" | "EMPTY" | "MISMATCH" };

/** Whether a file may be kept: its extension is in `allowed` and its bytes are what it claims to be. */
export function checkFile(
  filename: string,
  bytes: Uint8Array,
  allowed: readonly string[] = ATTACHMENT_EXTENSIONS,
): FileCheck {
  const ext = extensionOf(filename);
  const type = allowed.includes(ext) && Object.hasOwn(FILE_TYPES, ext) ? FILE_TYPES[ext] : undefined;
  if (!type) return { ok: false, reason: "TYPE" };
  if (bytes.length === 0) return { ok: false, reason: "EMPTY" };
  if (!type.matches(bytes)) return { ok: false, reason: "MISMATCH" };
  return { ok: true, mime: type.mime };
}

/** The MIME type of the first type in `allowed` whose first bytes `bytes` have, whatever the name (photos); null if none. */
export function sniffType(bytes: Uint8Array, allowed: readonly string[]): string | null {
  if (bytes.length === 0) return null;
  const ext = allowed.find((e) => Object.hasOwn(FILE_TYPES, e) && FILE_TYPES[e].matches(bytes));
  return ext ? FILE_TYPES[ext].mime : null;
}

/** "1.5 MB", "320 KB": sizes as the lists show them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
