import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";

/** 修改 and 删除 of one finding or unsent opinion: the edit form behind a disclosure, then the delete button. */
export function ItemEdit({ label, url, children }: { label: string; url: string; children: React.ReactNode }) {
  return (
    <div className="no-print mt-1 flex flex-wrap items-start gap-x-4 text-sm">
      <details className="min-w-0 flex-1 basis-64">
        <summary className="min-h-10 cursor-pointer py-2 text-blue-800" aria-label={`修改${label}`}>
          修改
        </summary>
        {children}
      </details>
      <ConfirmDeleteButton url={url} name={label} />
    </div>
  );
}
