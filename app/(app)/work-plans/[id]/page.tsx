import type { Metadata } from "next";
import Link from "next/link";
import { recordPage } from "@/lib/auth/page";
import { workPlanView, type WorkPlanView } from "@/lib/work-plans/views";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { PrintButton } from "@/components/sessions/print/print-button";
import { ItemTools } from "@/components/work-plans/item-tools";
import { ItemCard, PlanFigures } from "@/components/work-plans/item-card";
import { OfficeSections } from "@/components/work-plans/office-sections";

type Props = { params: Promise<{ id: string }> };

const load = recordPage("work_plan.list", workPlanView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await load(params)).plan.title} · 工作要点` };
}

const download = "inline-flex min-h-10 items-center rounded border border-stone-400 bg-white px-4 py-2 text-sm";

/** The plan as printed: title, opening paragraph, the items with their progress, the issuer and the day. */
function PlanText({ v }: { v: WorkPlanView }) {
  const { plan, approved, may } = v;
  const order = plan.items.map((i) => i.id);
  return (
    <article className="rounded border border-stone-200 bg-white p-4 leading-relaxed print:border-0 print:p-0">
      <h2 className="mb-3 text-center text-xl font-semibold">{plan.title}</h2>
      {plan.preamble && <p className="mb-3 indent-8">{plan.preamble}</p>}
      {plan.items.length === 0 && <p className="text-sm text-stone-700">还没有工作事项。</p>}
      <ol className="flex flex-col gap-3" aria-label="工作事项">
        {plan.items.map((item, i) => (
          <ItemCard key={item.id} item={item} n={i + 1}>
            {may.manage && (
              <details className="no-print mt-1">
                <summary className="cursor-pointer text-sm text-blue-800 underline">处理此项</summary>
                <ItemTools planId={plan.id} planVersion={plan.version} approved={approved} item={item} order={order} />
              </details>
            )}
          </ItemCard>
        ))}
      </ol>
      <p className="mt-6 text-right">{plan.townshipName}人民代表大会主席团</p>
      {plan.approvedOn && <p className="text-right">{plan.approvedOn}</p>}
    </article>
  );
}

/** One year's plan: its items with their progress and links, the approval, the forms, the 更正记录. */
export default async function WorkPlanPage({ params }: Props) {
  const v = await load(params);
  const { plan } = v;
  const approval = plan.approvedOn ? `（${plan.approvedOn}${plan.approvalNote ? `，${plan.approvalNote}` : ""}）` : "";
  return (
    <>
      <PageHeader
        title={plan.title}
        description={`${plan.year}年 · ${plan.stateLabel}${approval}`}
        actions={
          <>
            <a href={`/api/v1/work-plans/${plan.id}/docx?by=module`} className={download}>
              Word（按工作）
            </a>
            <a href={`/api/v1/work-plans/${plan.id}/docx?by=month`} className={download}>
              Word（按月份）
            </a>
            <PrintButton />
          </>
        }
      />
      {plan.draftedFrom && (
        <p className="no-print mb-2 text-sm">
          据
          <Link href={`/work-plans/${plan.draftedFrom.id}`} className="text-blue-800 underline">
            {plan.draftedFrom.title}
          </Link>
          起草。
        </p>
      )}
      <PlanFigures f={plan.figures} />
      {plan.figures.overdue > 0 && (
        <div className="no-print mb-3">
          <Alert tone="warning">
            有 {plan.figures.overdue} 项工作计划月份已过，既无关联记录也未设定状态，请核实进展。
          </Alert>
        </div>
      )}
      <PlanText v={v} />
      <div className="no-print">
        <OfficeSections v={v} />
        <p className="mt-3 text-sm">
          <Link href="/work-plans" className="text-blue-800 underline">
            返回工作要点
          </Link>
        </p>
      </div>
    </>
  );
}
