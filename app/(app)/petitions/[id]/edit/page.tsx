import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { recordPage } from "@/lib/auth/page";
import { editPetitionView } from "@/lib/petitions/views";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { PetitionForm } from "@/components/petitions/petition-form";

type Props = { params: Promise<{ id: string }> };

// The form shows the personal data in full to correct it: loading it is logged (purpose "edit").
const load = recordPage("petition.update", editPetitionView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { p } = await load(params);
  return { title: `修改登记信息 · ${p.number ?? "信访件"}` };
}

/** 修改登记信息: the office corrects the registration while the case is open. */
export default async function EditPetitionPage({ params }: Props) {
  const { p, ...form } = await load(params);
  if (p.editable !== true) notFound();
  const values = {
    channel: p.channel,
    receivedOn: p.receivedOn,
    sourceDocNo: p.sourceDocNo ?? "",
    sourceDocDate: p.sourceDocDate ?? "",
    category: p.category,
    collective: p.collective,
    visitorCount: p.visitorCount ?? "",
    accusedUnitId: p.accusedUnit?.id ?? "",
    accusedName: p.accusedName ?? "",
    subject: p.subject,
    content: p.content,
    petitioners: p.petitioners.map((x) => ({
      name: x.name,
      phone: x.phone ?? "",
      idNumber: x.idNumber ?? "",
      address: x.address ?? "",
    })),
    duplicateOfId: p.duplicateOf?.id ?? null,
  };
  return (
    <>
      <PageHeader
        title={`修改登记信息 · ${p.number ?? "信访件"}`}
        actions={
          <Link href={`/petitions/${p.id}`} className="text-sm text-blue-800 underline">
            返回信访件
          </Link>
        }
      />
      <Alert tone="info">本页显示信访人的完整个人信息，打开本页已记入审计日志。</Alert>
      <div className="mt-3">
        <PetitionForm {...form} edit={{ id: p.id, version: p.version, values }} />
      </div>
    </>
  );
}
