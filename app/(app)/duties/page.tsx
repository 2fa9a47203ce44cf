import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { DutyPageQuery } from "@/lib/duties/schema";
import { dutiesView } from "@/lib/duties/views";
import { DUTY_KIND_LABELS, DUTY_STATE_LABELS } from "@/lib/duties/public";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/form-field";
import { DutyForm } from "@/components/duties/duty-form";
import { DutyList } from "@/components/duties/duty-list";
import { SixOneCardView } from "@/components/duties/six-one-card";

export const metadata: Metadata = { title: "履职登记" };

type View = Awaited<ReturnType<typeof dutiesView>>;

function Filters({ q }: { q: DutyPageQuery }) {
  return (
    <form method="get" className="no-print mb-3 flex flex-wrap items-end gap-2" aria-label="筛选履职登记">
      <label className="flex flex-col text-sm">
        年度
        <input type="number" name="year" defaultValue={q.year} min={2000} max={2100} className={`${inputClass} w-24`} />
      </label>
      <label className="flex flex-col text-sm">
        状态
        <select name="state" defaultValue={q.state ?? ""} className={`${inputClass} w-28`}>
          <option value="">全部</option>
          {Object.entries(DUTY_STATE_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        类型
        <select name="kind" defaultValue={q.kind ?? ""} className={`${inputClass} w-32`}>
          <option value="">全部</option>
          {Object.entries(DUTY_KIND_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="min-h-10 rounded border border-stone-300 bg-white px-3 text-sm">
        查看
      </button>
    </form>
  );
}

function Figures({ f }: { f: NonNullable<View["figures"]> }) {
  return (
    <Section id="figures" title={`${f.year} 年履职登记统计`} description={f.rules.entries}>
      <p className="text-sm">
        已核实 {f.verified} 条（{f.deputies} 名代表），待核实 {f.pending} 条，已退回 {f.returned} 条；联系选民{" "}
        {f.votersReached} 人；帮扶困难户 {f.poverty.households} 户 {f.poverty.persons} 人，增收 {f.poverty.incomeRaised}{" "}
        元；述职 {f.voterReports.held} 场，满意率 {f.voterReports.figures}。
      </p>
      <p className="mt-1 text-sm text-stone-700">{f.byKind.map((k) => `${k.label} ${k.verified}`).join("　")}</p>
    </Section>
  );
}

export default async function DutiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("duty.list");
  const sp = await searchParams;
  const q = parseSearchParams(DutyPageQuery, sp);
  const v = await dutiesView(actor, q);
  return (
    <>
      <PageHeader
        title={v.abilities.own ? "我的履职" : "履职登记"}
        description="主席团依照代表法第五十八条第二款记录代表履职情况；登记经人大办核实后计入“六个一”和履职档案"
      />
      {v.abilities.own && (
        <div className="mb-4 grid gap-4 lg:grid-cols-2">
          <Section id="add" title="登记履职">
            <DutyForm />
          </Section>
          {v.card && <SixOneCardView card={v.card} />}
        </div>
      )}
      <p className="mb-3 text-xs text-stone-600">{v.norms}</p>
      {v.figures && <Figures f={v.figures} />}
      {v.abilities.enterOnBehalf && (
        <details className="no-print my-4 rounded border border-stone-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">
            代录履职（按纸质材料，填写实际日期）
          </summary>
          <div className="mt-3 max-w-xl">
            <DutyForm deputies={v.deputies} />
          </div>
        </details>
      )}
      <h2 className="mb-2 mt-4 text-lg font-semibold">{v.abilities.review ? "待核实与已登记" : "登记记录"}</h2>
      <Filters q={q} />
      <DutyList items={v.list.items} showDeputy={!v.abilities.own || v.abilities.review} />
      <Pagination
        total={v.list.total}
        page={v.list.page}
        pageSize={v.list.pageSize}
        searchParams={sp}
        basePath="/duties"
      />
    </>
  );
}
