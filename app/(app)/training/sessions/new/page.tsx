import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { newTrainingView } from "@/lib/training/views";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { TrainingForm } from "@/components/training/training-form";

export const metadata: Metadata = { title: "新建培训" };

export default async function NewTrainingPage() {
  const actor = await requirePageActor("training.manage");
  const { term, groups, plans, today } = await newTrainingView(actor);
  return (
    <>
      <PageHeader title="新建培训" description="初任学习、履职学习、专题学习、集中学习、外出考察或自学" />
      {term ? (
        <TrainingForm groups={groups} plans={plans} today={today} />
      ) : (
        <Alert tone="warning">尚未设置本届（届次），请先在“届次”中新建。</Alert>
      )}
    </>
  );
}
