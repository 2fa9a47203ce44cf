import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { rectificationView } from "@/lib/supervision/rectification/views";
import { PageHeader } from "@/components/ui/page-header";
import {
  RectificationFacts,
  RectificationReports,
  RectificationTimeline,
} from "@/components/supervision/rectification-record";
import { RectificationActions } from "@/components/supervision/rectification-actions";

export const metadata: Metadata = { title: "整改任务" };

export default async function RectificationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("rectification.view");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const t = await orNotFound(rectificationView(actor, id));
  return (
    <>
      <PageHeader
        title={`整改任务 ${t.number ?? ""}`}
        description={`${t.unit.name} · ${t.activity.title}`}
        actions={
          <Link href="/rectifications" className="text-sm text-blue-800 underline">
            返回列表
          </Link>
        }
      />
      <RectificationFacts t={t} />
      <RectificationReports t={t} />
      <RectificationActions t={t} />
      <RectificationTimeline t={t} />
    </>
  );
}
