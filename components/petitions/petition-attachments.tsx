import { Section } from "@/components/ui/section";
import type { PetitionDetail } from "@/lib/petitions/detail";
import { PetitionFileUpload } from "@/components/petitions/petition-files";

const kb = (size: number) =>
  size < 1024 * 1024 ? `${Math.ceil(size / 1024)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`;

/** The files (office and chair only: they carry personal data; each download is logged). */
export function PetitionAttachments({ p, mayAttach }: { p: PetitionDetail; mayAttach: boolean }) {
  if (!p.personal.canReveal) return null;
  return (
    <Section id="attachments" title="附件" description="附件可能含有信访人的个人信息，每次下载都记入审计日志。">
      {p.attachments.length ? (
        <ul className="flex flex-col gap-1 text-sm">
          {p.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/v1/petitions/${p.id}/attachments/${a.id}`} className="text-blue-800 underline">
                {a.filename}
              </a>
              <span className="ml-2 text-stone-600">{kb(a.size)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">没有附件</p>
      )}
      {mayAttach && <PetitionFileUpload petitionId={p.id} />}
    </Section>
  );
}
