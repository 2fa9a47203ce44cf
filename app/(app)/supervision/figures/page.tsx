import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { SupervisionYearQuery, yearFiguresFor } from "@/lib/supervision/figures";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { TableDownload, YearPicker } from "@/components/ui/year-picker";
import { FiguresActivities, FiguresRectification } from "@/components/supervision/figures-sections";
import { FiguresPolls } from "@/components/supervision/figures-polls";

export const metadata: Metadata = { title: "监督统计" };

export default async function SupervisionFiguresPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("supervision.figures");
  const { year } = parseSearchParams(SupervisionYearQuery, await searchParams);
  const f = await yearFiguresFor(actor, year);
  return (
    <>
      <PageHeader
        title={`${year}年度监督工作统计`}
        description="活动、民主测评、审议意见和整改情况，均按记录统计；各项数字的计算规则写在数字旁"
        actions={
          <TableDownload href={`/api/v1/supervision/figures/table?year=${year}`}>
            下载年度监督工作统计表（Excel）
          </TableDownload>
        }
      />
      <YearPicker year={year} />
      <Section id="activities" title="监督活动" description={f.rules.activities}>
        <FiguresActivities figures={f} />
      </Section>
      <Section id="polls" title="民主测评" description={f.rules.rate}>
        <FiguresPolls figures={f} />
      </Section>
      <Section id="rectification" title="审议意见和整改" description={f.rules.onTime}>
        <FiguresRectification figures={f} />
      </Section>
    </>
  );
}
