// Files over HTTP: the name an upload is kept under, and the headers of every download (session
// documents, suggestion attachments, generated .docx and .xlsx files).
import path from "node:path";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The name kept for the download: no folders, no control or reserved characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "_").trim();
  if (base.length <= 200) return base;
  const ext = path.extname(base).slice(0, 20);
  return base.slice(0, 200 - ext.length) + ext;
}

// RFC 5987 attr-char leaves out ' ( ) *, which encodeURIComponent keeps.
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment` with the name in UTF-8 (RFC 6266/5987) and an ASCII fallback for old clients. */
export function contentDisposition(filename: string): string {
  const plain = /^[\x20-\x7e]+$/.test(filename) && !/["\\]/.test(filename);
  const fallback = plain ? filename : `document${path.extname(filename).replace(/[^A-Za-z0-9.]/g, "")}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(filename)}`;
}

/** A file download: stored type, never sniffed, never cached. */
export function fileResponse(body: BodyInit, filename: string, mimeType: string, size?: number): Response {
  const headers = new Headers({
    "Content-Type": mimeType,
    "Content-Disposition": contentDisposition(filename),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
  });
  if (size !== undefined) headers.set("Content-Length", String(size));
  return new Response(body, { headers });
}
