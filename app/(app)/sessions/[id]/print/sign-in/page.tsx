import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { getSignInSheet } from "@/lib/sessions/report";
import { PrintToolbar } from "@/components/sessions/print/print-sheet";
import { SignInSheet } from "@/components/sessions/print/sign-in-sheet";

export const metadata: Metadata = { title: "代表签到表" };

export default async function SignInPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("session.view");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const data = await orNotFound(getSignInSheet(actor, id));
  return (
    <>
      <PrintToolbar
        backHref={`/sessions/${id}`}
        hint={`开幕日在任代表 ${data.deputies.length} 名，每页 30 名，A4 纸打印。`}
      />
      <SignInSheet data={data} />
    </>
  );
}
