import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { newPetitionView } from "@/lib/petitions/views";
import { PageHeader } from "@/components/ui/page-header";
import { PetitionForm } from "@/components/petitions/petition-form";

export const metadata: Metadata = { title: "登记信访件" };

export default async function NewPetitionPage() {
  const actor = await requirePageActor("petition.create");
  const v = await newPetitionView(actor);
  return (
    <>
      <PageHeader
        title="登记信访件"
        description="来信、来访、来电、网上信访和上级人大转办的信访件；补录纸质件时按实际收到日期登记（代录）"
      />
      <PetitionForm {...v} />
    </>
  );
}
