import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { newActivityView } from "@/lib/supervision/views";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ActivityForm } from "@/components/supervision/activity-form";

export const metadata: Metadata = { title: "新建监督活动" };

export default async function NewActivityPage() {
  const actor = await requirePageActor("supervision.manage");
  const { term, deputies, units, today } = await newActivityView(actor);
  return (
    <>
      <PageHeader title="新建监督活动" description="先拟定方案（草稿），报镇党委同意后由主席批准" />
      {term ? (
        <ActivityForm units={units} deputies={deputies} today={today} />
      ) : (
        <Alert tone="warning">尚未设置本届（届次），请先在“届次”中新建。</Alert>
      )}
    </>
  );
}
