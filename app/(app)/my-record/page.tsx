import { notFound, redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/page";
import { ownRecordHref } from "@/lib/deputy-record/views";

/** 我的履职档案: the signed-in deputy's own record (an account linked to no deputy has none: 404). */
export default async function MyRecordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("deputy_record.own");
  const href = ownRecordHref(actor, await searchParams);
  if (!href) notFound();
  redirect(href);
}
