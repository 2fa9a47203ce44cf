import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DOCUMENT_EXTENSIONS, FILE_TYPES, checkFile, extensionOf, formatSize, looksLikeText } from "@/lib/files/types";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p)))));
const PDF = bytes("%PDF-1.7\n", [0xe2, 0xe3, 0xcf, 0xd3], "\n1 0 obj\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF");
const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0, 0, 0, 0]);
const DOCX = bytes([0x50, 0x4b, 0x03, 0x04], "....[Content_Types].xml....word/document.xml");
const XLSX = bytes([0x50, 0x4b, 0x03, 0x04], "....[Content_Types].xml....xl/workbook.xml");
const EXE = bytes("MZ", [0x90, 0, 3, 0]);
const UTF8 = new Uint8Array(Buffer.from("清水村便民桥照片说明\r\n第二行\t制表符\n", "utf8"));
// "便民桥" in GBK, as Notepad on a Chinese Windows saves it.
const GBK = bytes([0xb1, 0xe3, 0xc3, 0xf1, 0xc7, 0xc5], "\r\n");

describe("attachment types: extension and first bytes must agree", () => {
  it.each([
    ["建议.pdf", PDF, "application/pdf"],
    ["现场.PNG", PNG, "image/png"],
    ["现场.jpg", JPEG, "image/jpeg"],
    ["现场.jpeg", JPEG, "image/jpeg"],
    ["旧版.doc", OLE, "application/msword"],
    ["旧版.xls", OLE, "application/vnd.ms-excel"],
    ["答复.docx", DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["明细.xlsx", XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["说明.txt", UTF8, "text/plain"],
    ["说明.txt", GBK, "text/plain"],
  ])("accepts %s", (name, b, mime) => {
    expect(checkFile(name, b)).toEqual({ ok: true, mime });
  });

  it("refuses types that are not on the list, whatever the content", () => {
    for (const name of ["程序.exe", "脚本.js", "网页.html", "压缩.zip", "无扩展名", "图.gif", "pdf"])
      expect(checkFile(name, PDF)).toEqual({ ok: false, reason: "TYPE" });
  });

  it("refuses a file whose bytes do not match its extension", () => {
    expect(checkFile("假的.pdf", EXE)).toEqual({ ok: false, reason: "MISMATCH" });
    expect(checkFile("照片.jpg", PNG)).toEqual({ ok: false, reason: "MISMATCH" });
    expect(checkFile("表格.xlsx", DOCX)).toEqual({ ok: false, reason: "MISMATCH" });
    expect(checkFile("文档.docx", XLSX)).toEqual({ ok: false, reason: "MISMATCH" });
    expect(checkFile("文档.doc", DOCX)).toEqual({ ok: false, reason: "MISMATCH" });
    expect(checkFile("说明.txt", EXE)).toEqual({ ok: false, reason: "MISMATCH" });
    expect(checkFile("说明.txt", PDF)).toEqual({ ok: false, reason: "MISMATCH" });
    expect(checkFile("说明.txt", bytes("abc", [0], "def"))).toEqual({ ok: false, reason: "MISMATCH" });
  });

  it("refuses an empty file", () => {
    expect(checkFile("空.pdf", new Uint8Array())).toEqual({ ok: false, reason: "EMPTY" });
  });

  it("reads the extension case-insensitively and only the last one", () => {
    expect(extensionOf("答复.PDF")).toBe(".pdf");
    expect(extensionOf("报告.pdf.exe")).toBe(".exe");
    expect(extensionOf("没有扩展名")).toBe("");
    expect(extensionOf("目录.d/文件")).toBe("");
  });

  it("takes UTF-16 text with a byte-order mark, not binary control bytes", () => {
    expect(looksLikeText(new Uint8Array([0xff, 0xfe, 0x3f, 0x4f]))).toBe(true);
    expect(looksLikeText(bytes("a", [0x07], "b"))).toBe(false);
  });

  it("never accepts a file with an unlisted extension (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,5}$/), fc.uint8Array({ minLength: 1, maxLength: 64 }), (ext, b) => {
        fc.pre(!Object.hasOwn(FILE_TYPES, `.${ext}`));
        expect(checkFile(`文件.${ext}`, b).ok).toBe(false);
      }),
    );
  });
});

describe("sizes", () => {
  it("shows MB above one megabyte, else KB", () => {
    expect(formatSize(10 * 1024 * 1024)).toBe("10 MB");
    expect(formatSize(1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(formatSize(320 * 1024)).toBe("320 KB");
    expect(formatSize(10)).toBe("1 KB");
  });
});

describe("session documents", () => {
  it("take the office and image types but not plain text", () => {
    expect(checkFile("议程.pdf", PDF, DOCUMENT_EXTENSIONS)).toEqual({ ok: true, mime: "application/pdf" });
    expect(checkFile("说明.txt", UTF8, DOCUMENT_EXTENSIONS)).toEqual({ ok: false, reason: "TYPE" });
    expect(checkFile("伪装.pdf", EXE, DOCUMENT_EXTENSIONS)).toEqual({ ok: false, reason: "MISMATCH" });
  });
});
