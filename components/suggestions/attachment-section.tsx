import { formatDateTime } from "@/lib/time/format";
import { formatSize } from "@/lib/files/types";
import type { listAttachments } from "@/lib/suggestions/attachments";
import { Section } from "@/components/ui/section";
import { AttachmentUploadForm } from "@/components/suggestions/attachment-controls";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";
import type { AttachmentLimits } from "@/components/suggestions/attachment-picker";

type Item = Awaited<ReturnType<typeof listAttachments>>[number];

const GROUP_TITLE = { SUGGESTION: "建议材料", REPLY: "答复附件", DELAY: "延办反馈书附件" } as const;

/** The files by where they belong: the suggestion's own, then each reply's and delay notice's. */
function groups(items: Item[]) {
  const out = new Map<string, { title: string; items: Item[] }>();
  for (const a of items) {
    const key = a.eventId ?? "suggestion";
    const g = out.get(key) ?? {
      title:
        a.kind === "SUGGESTION" ? GROUP_TITLE.SUGGESTION : `${GROUP_TITLE[a.kind]}（${formatDateTime(a.createdAt)}）`,
      items: [],
    };
    g.items.push(a);
    out.set(key, g);
  }
  return [...out.values()].sort((a, b) =>
    a.title === GROUP_TITLE.SUGGESTION ? -1 : b.title === GROUP_TITLE.SUGGESTION ? 1 : 0,
  );
}

/**
 * 附件: download links (always as a download, never opened in the page), and — for the proposer or
 * the office while the suggestion is a draft or submitted — adding and removing files.
 */
export function AttachmentSection({
  suggestionId,
  items,
  upload,
}: {
  suggestionId: string;
  items: Item[];
  upload: { limits: AttachmentLimits } | null;
}) {
  if (!items.length && !upload) return null;
  const own = items.filter((a) => a.kind === "SUGGESTION").length;
  return (
    <Section id="attachments" title="附件">
      {items.length === 0 && <p className="text-sm text-stone-600">暂无附件</p>}
      <div className="flex flex-col gap-3">
        {groups(items).map((g) => (
          <div key={g.title}>
            <h3 className="text-sm font-medium text-stone-600">{g.title}</h3>
            <ul aria-label={g.title} className="mt-1 flex flex-col gap-1 text-sm">
              {g.items.map((a) => (
                <li key={a.id} className="flex min-w-0 flex-wrap items-center gap-x-2">
                  <a
                    href={`/api/v1/suggestions/${suggestionId}/attachments/${a.id}`}
                    download={a.filename}
                    className="min-h-10 min-w-0 break-all py-2 text-blue-800 underline"
                  >
                    {a.filename}
                  </a>
                  <span className="text-stone-600">{formatSize(a.size)}</span>
                  {a.deletable && (
                    <ConfirmDeleteButton
                      url={`/api/v1/suggestions/${suggestionId}/attachments/${a.id}`}
                      name={a.filename}
                    />
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      {upload && (
        <div className="no-print mt-3 border-t border-stone-200 pt-3">
          <AttachmentUploadForm suggestionId={suggestionId} limits={upload.limits} already={own} />
        </div>
      )}
    </Section>
  );
}
