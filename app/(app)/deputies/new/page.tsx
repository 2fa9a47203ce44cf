import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { rosterOptions } from "@/lib/roster/options";
import { PageHeader } from "@/components/ui/page-header";
import { DeputyForm } from "@/components/roster/deputy-form";

export const metadata: Metadata = { title: "新增代表" };

export default async function NewDeputyPage() {
  const actor = await requirePageActor("deputy.create");
  const options = await rosterOptions(actor);
  return (
    <>
      <PageHeader
        title="新增代表"
        description={options.term ? `加入第${options.term.number}届代表名册` : "请先新建届次"}
      />
      <DeputyForm groups={options.groups} constituencies={options.constituencies} />
    </>
  );
}
