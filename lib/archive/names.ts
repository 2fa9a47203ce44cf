// Names of the files inside the year's .zip: safe on Windows, macOS and Linux (no folders, no reserved or
// control characters, no trailing dot or space, not a device name), at most 100 characters, unique in their folder.

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX = 100;

function splitExt(name: string): [string, string] {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || name.length - dot > 10) return [name, ""];
  return [name.slice(0, dot), name.slice(dot)];
}

/** A name that is safe as one path segment in a .zip opened anywhere. */
export function safeEntryName(name: string, fallback = "文件"): string {
  let s = name
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  if (!s || /^_+$/.test(s)) s = fallback;
  if (RESERVED.test(s)) s = `_${s}`;
  if (s.length > MAX) {
    const [base, ext] = splitExt(s);
    s = base.slice(0, MAX - ext.length) + ext;
  }
  return s;
}

/** `name`, or `name（2）.ext`, `name（3）.ext`… — the first not yet in `taken` (compared without case); added to it. */
export function uniqueName(name: string, taken: Set<string>): string {
  const [base, ext] = splitExt(name);
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}（${n}）${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The entry's name: the record it belongs to, then the file's own name. */
export const entryName = (record: string, filename: string) =>
  safeEntryName(`${safeEntryName(record, "记录").slice(0, 40)}-${safeEntryName(filename)}`);
