"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

// Kept in step with MAX_IMPORT_BYTES in lib/roster/excel.ts (a server module, not importable here).
const MAX_BYTES = 10 * 1024 * 1024;

export interface RowError {
  row: number;
  column: string;
  message: string;
}
export type ImportState =
  | { kind: "idle" }
  | { kind: "running"; phase: "upload" | "validate" | "write"; done: number; total: number }
  | { kind: "failed"; message: string; rows: RowError[]; total: number; nothingWritten: boolean }
  | { kind: "done"; imported: number };
type Line =
  | { type: "progress"; phase: "validate" | "write"; done: number; total: number }
  | { type: "result"; imported: number }
  | { type: "error"; error?: { message?: string; details?: { rows?: RowError[]; total?: number } } };

const failed = (error?: Extract<Line, { type: "error" }>["error"], nothingWritten = true): ImportState => ({
  kind: "failed",
  nothingWritten,
  message: error?.message ?? "服务器错误，请稍后再试",
  rows: error?.details?.rows ?? [],
  total: error?.details?.total ?? error?.details?.rows?.length ?? 0,
});

/** Reads the server's NDJSON answer line by line as it arrives. */
async function readLines(body: ReadableStream<Uint8Array>, onLine: (line: Line) => void) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    const lines = buffered.split("\n");
    buffered = done ? "" : (lines.pop() ?? "");
    for (const l of lines) if (l.trim()) onLine(JSON.parse(l) as Line);
    if (done) return;
  }
}

/**
 * The chosen file and where its import stands: sent as multipart, the server answers in NDJSON
 * lines (progress while validating and writing, then the result or the error with its rows).
 */
export function useDeputyImport() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<ImportState>({ kind: "idle" });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setState(failed({ message: "请选择要导入的文件" }));
    if (file.size > MAX_BYTES) return setState(failed({ message: "文件超过 10 MB，请拆分成几个文件分批导入" }));
    setState({ kind: "running", phase: "upload", done: 0, total: 0 });
    const form = new FormData();
    form.append("file", file);
    try {
      const res = await fetch("/api/v1/deputies/import", {
        method: "POST",
        body: form,
        headers: { Accept: "application/x-ndjson" },
      });
      if (!res.ok || !res.body) return setState(failed((await res.json().catch(() => null))?.error));
      let end: ImportState = failed();
      await readLines(res.body, (line) => {
        if (line.type === "progress")
          setState({ kind: "running", phase: line.phase, done: line.done, total: line.total });
        else if (line.type === "result") end = { kind: "done", imported: line.imported };
        else end = failed(line.error);
      });
      setState(end);
      if (end.kind === "done") router.refresh();
    } catch {
      setState(failed({ message: "网络连接中断，请检查网络后重试；如不确定是否已导入，请先刷新名册查看" }, false));
    }
  }

  /** A new file: forget the last attempt's outcome. */
  const choose = (f: File | null) => {
    setFile(f);
    setState({ kind: "idle" });
  };
  return { state, onSubmit, choose };
}
