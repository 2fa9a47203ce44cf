import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/policy";
import { getLanding } from "@/lib/landing/service";
import { ROLE_LABELS } from "@/lib/auth/labels";
import { PageHeader } from "@/components/ui/page-header";
import { LandingView } from "@/components/landing/landing";

export default async function HomePage() {
  const actor = await requirePageActor("dashboard.view");
  if (can(actor, "county.view")) redirect("/county");
  const data = await getLanding(actor);
  return (
    <>
      <PageHeader title={`${actor.displayName}，您好`} description={`${ROLE_LABELS[actor.role]}工作台 · 今日待办`} />
      <LandingView data={data} />
    </>
  );
}
