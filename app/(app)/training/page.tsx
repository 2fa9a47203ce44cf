import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { TrainingPageQuery } from "@/lib/training/schema";
import { TRAINING_KIND_LABELS } from "@/lib/training/labels";
import { trainingHomeView } from "@/lib/training/views";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { YearPicker } from "@/components/ui/year-picker";
import { TrainingTable } from "@/components/training/training-table";
import { NormWarnings, PlanTable, YearFigures, MyRecord } from "@/components/training/home-sections";

export const metadata: Metadata = { title: "代表培训" };

const button = "min-h-10 rounded bg-brand-700 px-4 py-2 text-sm text-white";

export default async function TrainingPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePageActor("training.list");
  const { year, kind, held, leave } = parseSearchParams(TrainingPageQuery, await searchParams);
  const v = await trainingHomeView(actor, year, { kind, held, leave });
  const only = [held && "已举办", kind && TRAINING_KIND_LABELS[kind]].filter(Boolean).join("、");
  return (
    <>
      <PageHeader
        title={v.office ? "代表培训" : "我的培训"}
        description={`${year}年 · 培训计划、培训、出勤、请假和考核`}
        actions={
          <>
            {v.office?.managePlans && (
              <Link href="/training/plans/new" className={button}>
                新建培训计划
              </Link>
            )}
            {v.manage && (
              <Link href="/training/sessions/new" className={button}>
                新建培训
              </Link>
            )}
          </>
        }
      />
      <YearPicker year={year} />
      {v.record && <MyRecord record={v.record} citation={v.citation} />}
      {v.office && (
        <>
          <NormWarnings
            deputies={v.office.deputyWarnings}
            groups={v.office.groupWarnings}
            note={v.normNote}
            citation={v.citation}
          />
          <YearFigures f={v.office.figures} />
          <Section id="plans" title="培训计划">
            <PlanTable plans={v.office.plans} />
          </Section>
        </>
      )}
      <Section id="trainings" title={v.leave ? "有待审批请假的培训" : `${year}年培训${only ? `（${only}）` : ""}`}>
        <TrainingTable rows={v.trainings} />
      </Section>
    </>
  );
}
