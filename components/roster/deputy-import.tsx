"use client";

import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/form-field";

// Kept in step with MAX_IMPORT_BYTES in lib/roster/excel.ts (a server module, not importable here).
const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

interface RowError {
  row: number;
  column: string;
  message: string;
}
type State =
  | { kind: "idle" }
  | { kind: "running"; phase: "upload" | "validate" | "write"; done: number; total: number }
  | { kind: "failed"; message: string; rows: RowError[]; total: number; nothingWritten: boolean }
  | { kind: "done"; imported: number };
type Line =
  | { type: "progress"; phase: "validate" | "write"; done: number; total: number }
  | { type: "result"; imported: number }
  | { type: "error"; error?: { message?: string; details?: { rows?: RowError[]; total?: number } } };

const failed = (error?: Extract<Line, { type: "error" }>["error"], nothingWritten = true): State => ({
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

function progressText(s: Extract<State, { kind: "running" }>): string {
  if (s.phase === "upload") return "正在上传并读取文件…";
  if (s.phase === "validate") return `已校验 ${s.done} / ${s.total} 行`;
  return `正在写入 ${s.done} / ${s.total} 行`;
}

/** Import of the roster from a filled template, with progress and a table of the rows to correct. */
export function DeputyImport() {
  const router = useRouter();
  const inputId = useId();
  const progressId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const running = state.kind === "running";

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
      let end: State = failed();
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

  return (
    <section
      aria-labelledby={`${inputId}-title`}
      className="flex flex-col gap-3 rounded border border-stone-200 bg-white p-4"
    >
      <h2 id={`${inputId}-title`} className="text-base font-semibold text-stone-900">
        从 Excel 导入代表
      </h2>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-sm font-medium text-stone-800">
            选择文件（.xlsx 或 .csv）
          </label>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            disabled={running}
            aria-describedby={`${inputId}-hint`}
            className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-stone-100 file:px-3 file:py-1`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setState({ kind: "idle" });
            }}
          />
          <p id={`${inputId}-hint`} className="text-xs text-stone-600">
            按模板填写，单个文件不超过 10 MB；有任何一行出错时整份文件都不会导入。
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a
            href="/api/v1/deputies/template"
            download
            className="inline-flex min-h-10 items-center justify-center rounded border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100"
          >
            下载模板
          </a>
          <button
            type="submit"
            disabled={running}
            className="inline-flex min-h-10 items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:bg-stone-400"
          >
            导入
          </button>
        </div>
      </form>

      {running && (
        <div role="status" className="flex flex-col gap-1">
          <span id={progressId} className="text-sm text-stone-800">
            {progressText(state)}
          </span>
          {/* No value while uploading: an indeterminate bar until the server knows the row count. */}
          <progress
            aria-labelledby={progressId}
            className="h-3 w-full"
            max={state.total || 1}
            value={state.phase === "upload" ? undefined : state.done}
          />
        </div>
      )}

      {state.kind === "done" && <Alert tone="success">已导入 {state.imported} 名代表</Alert>}

      {state.kind === "failed" && (
        <div className="flex flex-col gap-2">
          <Alert tone="error">
            <p>{state.message}</p>
            {state.nothingWritten && !state.message.includes("未导入任何数据") && (
              <p className="font-medium">未导入任何数据</p>
            )}
          </Alert>
          {state.rows.length > 0 && (
            <>
              {state.total > state.rows.length && (
                <p className="text-sm text-stone-700">
                  共 {state.total} 处错误，下表列出前 {state.rows.length} 处。
                </p>
              )}
              <div className="max-h-96 overflow-y-auto">
                <DataTable
                  caption="导入错误明细"
                  rows={state.rows}
                  rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
                  columns={[
                    { header: "行号", cell: (r) => r.row },
                    { header: "列", cell: (r) => r.column },
                    { header: "问题", cell: (r) => r.message },
                  ]}
                />
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
