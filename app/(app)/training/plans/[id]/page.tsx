import type { Metadata } from "next";
import Link from "next/link";
import { recordPage } from "@/lib/auth/page";
import { planView } from "@/lib/training/views";
import { PageHeader } from "@/components/ui/page-header";
import { ApprovePlanButton } from "@/components/training/approve-plan-button";
import { PlanEditForm } from "@/components/training/edit-forms";

type Props = { params: Promise<{ id: string }> };

const load = recordPage("training_plan.list", planView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await load(params)).plan.title} · 培训计划` };
}

/** The plan as printed: the six headings, the schedule, the issuer and the day it was approved. */
export default async function PlanPage({ params }: Props) {
  const { plan, sections, mayApprove, mayEdit, groups } = await load(params);
  return (
    <>
      <PageHeader
        title={plan.title}
        description={`${plan.kindLabel} · 第${plan.termNumber}届 · ${plan.stateLabel}${plan.approvedOn ? `（${plan.approvedBy ?? ""} ${plan.approvedOn} 批准）` : ""}`}
        actions={
          <a
            href={`/api/v1/training-plans/${plan.id}/docx`}
            className="min-h-10 rounded border border-stone-400 bg-white px-4 py-2 text-sm"
          >
            下载 Word 文件
          </a>
        }
      />
      {mayApprove && <ApprovePlanButton id={plan.id} version={plan.version} />}
      {mayEdit && (
        <details className="no-print mt-3 rounded border border-stone-200 bg-white p-3">
          <summary className="cursor-pointer text-sm text-blue-800">修改培训计划（草稿）</summary>
          <div className="mt-3 max-w-3xl">
            <PlanEditForm plan={plan} groups={groups} />
          </div>
        </details>
      )}
      <article className="mt-4 rounded border border-stone-200 bg-white p-4 leading-relaxed print:border-0 print:p-0">
        <h2 className="mb-4 text-center text-xl font-semibold">{plan.title}</h2>
        {sections.map((s) => (
          <section key={s.heading} aria-label={s.heading} className="mb-3">
            <h3 className="font-semibold">{s.heading}</h3>
            {s.paragraphs.map((p, i) => (
              <p key={i} className="indent-8">
                {p}
              </p>
            ))}
            {s.parts?.map((part) => (
              <div key={part.heading} className="mt-1">
                <h4 className="font-medium">{part.heading}</h4>
                {part.paragraphs.map((p, i) => (
                  <p key={i} className="indent-8">
                    {p}
                  </p>
                ))}
              </div>
            ))}
          </section>
        ))}
        <p className="mt-6 text-right">{plan.townshipName}人民代表大会主席团</p>
        {plan.approvedOn && <p className="text-right">{plan.approvedOn}</p>}
      </article>
      <p className="no-print mt-3 text-sm">
        <Link href="/training" className="text-blue-800 underline">
          返回代表培训
        </Link>
      </p>
    </>
  );
}
