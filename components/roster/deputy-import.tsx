"use client";

import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { FileInput } from "@/components/ui/file-input";
import { useDeputyImport, type ImportState } from "@/components/roster/use-deputy-import";

const ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

function progressText(s: Extract<ImportState, { kind: "running" }>): string {
  if (s.phase === "upload") return "正在上传并读取文件…";
  if (s.phase === "validate") return `已校验 ${s.done} / ${s.total} 行`;
  return `正在写入 ${s.done} / ${s.total} 行`;
}

/** Import of the roster from a filled template, with progress and a table of the rows to correct. */
export function DeputyImport() {
  const inputId = useId();
  const { state, onSubmit, choose } = useDeputyImport();
  const running = state.kind === "running";
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
          <FileInput
            id={inputId}
            accept={ACCEPT}
            disabled={running}
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
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
      {state.kind === "running" && <ImportProgress state={state} />}
      {state.kind === "done" && <Alert tone="success">已导入 {state.imported} 名代表</Alert>}
      {state.kind === "failed" && <ImportFailure state={state} />}
    </section>
  );
}

function ImportProgress({ state }: { state: Extract<ImportState, { kind: "running" }> }) {
  const progressId = useId();
  return (
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
  );
}

/** Why nothing (or perhaps something, after a lost connection) was imported, and the rows to correct. */
function ImportFailure({ state }: { state: Extract<ImportState, { kind: "failed" }> }) {
  return (
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
  );
}
