import type { Metadata } from "next";
import Link from "next/link";
import { recordPage, requirePageActor, orNotFound } from "@/lib/auth/page";
import { petitionView } from "@/lib/petitions/views";
import { petitionHandlingView } from "@/lib/petitions/handling-view";
import { PageHeader } from "@/components/ui/page-header";
import {
  PetitionContent,
  PetitionersSection,
  PetitionFacts,
  PetitionTimeline,
} from "@/components/petitions/petition-record";
import { PetitionAttachments } from "@/components/petitions/petition-attachments";
import { HandlingPanel } from "@/components/petitions/handling-panel";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

// Masked: the title and the page as first loaded never read the personal data in full. The handling panel
// reads the steps the viewer may take (null for a role that takes none).
const load = recordPage("petition.view", async (actor, id) => {
  const view = await petitionView(actor, id);
  return { ...view, handling: await petitionHandlingView(actor, id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { p } = await load(params);
  return { title: `${p.number ?? "信访件"} ${p.subject} · 信访` };
}

/** One petition: registration, petitioners (masked; 显示完整信息 for the office and the chair, logged), content, files, timeline. */
export default async function PetitionPage({ params, searchParams }: Props) {
  const masked = await load(params);
  const reveal = (await searchParams).reveal === "1" && masked.p.personal.canReveal;
  const { p, mayAttach } = reveal
    ? await orNotFound(petitionView(await requirePageActor("petition.view"), masked.p.id, true))
    : masked;
  return (
    <>
      <PageHeader
        title={`${p.number ?? "信访件"} ${p.subject}`}
        description={`${p.channelLabel} · ${p.categoryLabel} · ${p.stateLabel}`}
        actions={
          <>
            {p.editable === true && (
              <Link href={`/petitions/${p.id}/edit`} className="text-sm text-blue-800 underline">
                修改登记信息
              </Link>
            )}
            <Link href="/petitions" className="text-sm text-blue-800 underline">
              返回列表
            </Link>
          </>
        }
      />
      <PetitionFacts p={p} />
      <PetitionersSection p={p} />
      <PetitionContent p={p} />
      {masked.handling && <HandlingPanel v={masked.handling} />}
      <PetitionAttachments p={p} mayAttach={mayAttach} />
      <PetitionTimeline p={p} />
    </>
  );
}
