import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { DashboardQuery } from "@/lib/dashboard/schema";
import { yearDashboard } from "@/lib/dashboard/data";
import { PageHeader } from "@/components/ui/page-header";
import { YearPicker } from "@/components/ui/year-picker";
import { YearDashboardView } from "@/components/dashboard/year-dashboard";

export const metadata: Metadata = { title: "年度工作概览" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePageActor("dashboard.year");
  const { year } = parseSearchParams(DashboardQuery, await searchParams);
  const data = await yearDashboard(actor.townshipId, year);
  return (
    <>
      <PageHeader
        title={`${year}年度工作概览`}
        description="各项数字均按记录统计；点击数字或图表中的条形，打开对应的记录列表"
      />
      <YearPicker year={year} />
      <YearDashboardView data={data} />
    </>
  );
}
