import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { PetitionYearQuery, petitionFiguresFor } from "@/lib/petitions/figures";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { TableDownload, YearPicker } from "@/components/ui/year-picker";
import { CountyCases, PetitionTotals, TallyTable } from "@/components/petitions/figures-tables";

export const metadata: Metadata = { title: "信访统计" };

export default async function PetitionFiguresPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("petition.figures");
  const { year } = parseSearchParams(PetitionYearQuery, await searchParams);
  const f = await petitionFiguresFor(actor, year);
  return (
    <>
      <PageHeader
        title={`${year}年度信访工作统计`}
        description="收到、受理、告知、办结和解决情况，均按记录统计；各项数字的计算规则写在数字旁"
        actions={
          <TableDownload href={`/api/v1/petitions/figures/table?year=${year}`}>
            下载年度信访工作统计表（Excel）
          </TableDownload>
        }
      />
      <YearPicker year={year} />
      <Section id="totals" title="全年合计" description={`${f.rules.received}${f.rules.resolved}`}>
        <PetitionTotals figures={f} />
        <p className="mt-2 text-sm text-stone-600">{f.rules.notice}</p>
        <p className="mt-1 text-sm text-stone-600">{f.rules.handling}</p>
      </Section>
      <Section id="by-channel" title="按来源">
        <TallyTable caption="按来源统计" first="来源" groups={f.byChannel} />
      </Section>
      <Section id="by-category" title="按类别">
        <TallyTable caption="按类别统计" first="类别" groups={f.byCategory} />
      </Section>
      <Section id="by-unit" title="按承办单位" description={f.rules.unit}>
        <TallyTable caption="按承办单位统计" first="承办单位" groups={f.byUnit} />
      </Section>
      <Section id="county" title="上级人大转办">
        <CountyCases figures={f} />
      </Section>
    </>
  );
}
