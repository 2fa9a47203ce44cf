import type { getSessionOrThrow } from "@/lib/sessions/service";
import { AGENDA_KIND_LABELS } from "@/lib/sessions/labels";
import { AgendaItemForm } from "@/components/sessions/agenda-item-form";
import { ResolutionEditor } from "@/components/sessions/resolution-editor";
import { DocumentUploadForm } from "@/components/sessions/document-upload-form";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";

type Session = Awaited<ReturnType<typeof getSessionOrThrow>>;

function fileSize(bytes: number) {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The ordered agenda with resolutions, and the session's documents. Editing is the office's. */
export function AgendaSection({ session: s, canEdit }: { session: Session; canEdit: boolean }) {
  const titleOf = new Map(s.agenda.map((a) => [a.id, a.title]));
  return (
    <div className="flex flex-col gap-4">
      {s.agenda.length === 0 ? (
        <p className="text-sm text-stone-600">尚未安排议程</p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="会议议程">
          {s.agenda.map((a, i) => (
            <li key={a.id} className="rounded border border-stone-200 p-3">
              <p className="flex flex-wrap items-baseline gap-2">
                <span className="font-medium">
                  {i + 1}. {a.title}
                </span>
                <span className="rounded bg-stone-100 px-1.5 text-sm text-stone-700">{AGENDA_KIND_LABELS[a.kind]}</span>
              </p>
              {!canEdit && a.resolution && <p className="mt-2 whitespace-pre-wrap text-sm">{a.resolution}</p>}
              {canEdit && (
                <details className="mt-2" open={!!a.resolution}>
                  <summary className="cursor-pointer text-sm text-blue-800">
                    决议内容{a.resolution ? "" : "（未填写）"}
                  </summary>
                  <div className="mt-2">
                    <ResolutionEditor sessionId={s.id} item={a} />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <details className="no-print rounded border border-stone-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">新增议程</summary>
          <div className="mt-3">
            <AgendaItemForm sessionId={s.id} />
          </div>
        </details>
      )}
      <div>
        <h3 className="mb-2 font-medium">会议文件</h3>
        {s.documents.length === 0 ? (
          <p className="text-sm text-stone-600">暂无会议文件</p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-200 rounded border border-stone-200" aria-label="会议文件">
            {s.documents.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                <span className="min-w-0 break-words">
                  {d.title}
                  <span className="text-stone-600">
                    （{d.filename}，{fileSize(d.size)}
                    {d.agendaItemId && titleOf.has(d.agendaItemId) ? `，议程：${titleOf.get(d.agendaItemId)}` : ""}）
                  </span>
                </span>
                <span className="flex items-center gap-3">
                  <a
                    href={`/api/v1/sessions/${s.id}/documents/${d.id}`}
                    className="inline-flex min-h-10 items-center text-blue-800 underline"
                    aria-label={`下载 ${d.title}`}
                  >
                    下载
                  </a>
                  {canEdit && <ConfirmDeleteButton url={`/api/v1/sessions/${s.id}/documents/${d.id}`} name={d.title} />}
                </span>
              </li>
            ))}
          </ul>
        )}
        {canEdit && (
          <details className="no-print mt-3 rounded border border-stone-200 p-3">
            <summary className="cursor-pointer text-sm font-medium text-blue-800">上传会议文件</summary>
            <div className="mt-3">
              <DocumentUploadForm sessionId={s.id} agenda={s.agenda.map((a) => ({ id: a.id, title: a.title }))} />
            </div>
          </details>
        )}
      </div>
    </div>
  );
}
