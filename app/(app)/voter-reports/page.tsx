import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { VoterReportPageQuery } from "@/lib/duties/schema";
import { voterReportsView } from "@/lib/duties/views";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { YearPicker } from "@/components/ui/year-picker";
import { Pagination } from "@/components/ui/pagination";
import { RatingForm, VoterReportForm } from "@/components/duties/voter-report-forms";

export const metadata: Metadata = { title: "向选民述职" };

export default async function VoterReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("voter_report.list");
  const sp = await searchParams;
  const q = parseSearchParams(VoterReportPageQuery, sp);
  const v = await voterReportsView(actor, q);
  const rule = v.list.items[0]?.rateRule;
  return (
    <>
      <PageHeader
        title="向选民述职"
        description="主席团依照代表法第五十八条第二款组织代表向选民述职；选民当场填写测评表（满意、基本满意、不满意），人大办按纸质测评表录入，每次述职只录入一次"
      />
      <YearPicker year={q.year} />
      {v.manage && (
        <Section id="schedule" title="安排述职">
          <VoterReportForm deputies={v.deputies} />
        </Section>
      )}
      <h2 className="mb-2 mt-4 text-lg font-semibold">{q.year} 年述职</h2>
      {rule && <p className="mb-2 text-xs text-stone-600">{rule}</p>}
      {!v.list.items.length && <p className="text-sm text-stone-600">没有述职安排</p>}
      <ul className="flex flex-col gap-2">
        {v.list.items.map((r) => (
          <li key={r.id} className="rounded border border-stone-200 bg-white p-3">
            <p className="font-medium">
              {r.deputyName} · {r.heldOn ?? r.scheduledOn}
              {r.place && <span className="ml-2 text-sm text-stone-700">{r.place}</span>}
            </p>
            {r.rated ? (
              <p className="mt-1 text-sm">
                到会选民 {r.votersPresent} 人；满意 {r.tally?.satisfied}、基本满意 {r.tally?.basic}、不满意{" "}
                {r.tally?.unsatisfied}、无效 {r.tally?.invalid}；满意率 {r.figures}
                {r.onBehalfOf && <span className="ml-2 text-xs text-amber-900">代录</span>}
              </p>
            ) : (
              <p className="mt-1 text-sm text-stone-700">已安排，尚未录入测评结果</p>
            )}
            {v.manage && !r.rated && !r.heldOn && (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm text-blue-800">修改述职安排</summary>
                <div className="mt-2">
                  <VoterReportForm
                    report={{
                      id: r.id,
                      version: r.version,
                      deputy: r.deputyName ?? "",
                      values: { scheduledOn: r.scheduledOn, place: r.place ?? "", note: r.note ?? "" },
                    }}
                  />
                </div>
              </details>
            )}
            {v.manage && !r.rated && (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm text-blue-800">录入测评结果</summary>
                <div className="mt-2">
                  <RatingForm id={r.id} version={r.version} deputy={r.deputyName ?? ""} />
                </div>
              </details>
            )}
          </li>
        ))}
      </ul>
      <Pagination
        total={v.list.total}
        page={v.list.page}
        pageSize={v.list.pageSize}
        searchParams={sp}
        basePath="/voter-reports"
      />
    </>
  );
}
