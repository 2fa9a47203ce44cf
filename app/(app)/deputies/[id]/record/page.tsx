import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { recordPageView } from "@/lib/deputy-record/views";
import { GENDER_LABELS, LEVEL_LABELS } from "@/lib/roster/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Facts, Section } from "@/components/ui/section";
import { PrintButton } from "@/components/sessions/print/print-button";
import { YearPicker } from "@/components/ui/year-picker";
import {
  SessionsSection,
  SuggestionsSection,
  SupervisionSection,
  TrainingSection,
} from "@/components/deputy-record/record-sections";
import {
  DutiesSection,
  GroupActivitiesSection,
  ReceptionSection,
  SixOneSection,
  VoterReportsSection,
} from "@/components/deputy-record/duty-sections";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache(async (id: string | undefined, sp: string) => {
  const actor = await requirePageActor("deputy.view");
  if (!id) notFound();
  return orNotFound(recordPageView(actor, id, Object.fromEntries(new URLSearchParams(sp))));
});
const loadFor = async ({ params, searchParams }: Props) =>
  load(
    parseSearchParams(IdParams.partial(), await params).id,
    new URLSearchParams(
      Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
    ).toString(),
  );

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { record } = await loadFor(props);
  return { title: `${record.deputy.name} · ${record.year}年度履职档案` };
}

/** 履职档案: one deputy's year, printable as it stands; the .docx is the 代表履职情况登记表. */
export default async function DeputyRecordPage(props: Props) {
  const { record: r, docxHref } = await loadFor(props);
  const d = r.deputy;
  return (
    <>
      <PageHeader
        title={`${d.name}代表${r.year}年度履职档案`}
        description="代表法第五十八条第二款：主席团应当记录代表履职情况。本页不含身份证号、电话和住址。"
        actions={
          <div className="no-print flex flex-wrap gap-2">
            <a
              href={docxHref}
              className="inline-flex min-h-10 items-center rounded border border-stone-300 bg-white px-3 text-sm text-blue-800"
            >
              下载代表履职情况登记表（Word）
            </a>
            <PrintButton />
          </div>
        }
      />
      <YearPicker year={r.year} />
      <Section id="facts" title="基本情况">
        <Facts
          rows={[
            ["姓名", d.name],
            ["性别", GENDER_LABELS[d.gender]],
            ["民族", d.ethnicity],
            ["政治面貌", d.party],
            ["职业", d.occupation],
            ["工作单位", d.workUnit ?? "—"],
            ["选区", d.constituency],
            ["代表小组", d.group ?? "未分组"],
            ["代表层级", d.levels.map((l) => `${LEVEL_LABELS[l] ?? l}人大代表`).join("、")],
            ["任职日期", d.startDate],
          ]}
        />
      </Section>
      <SessionsSection r={r} />
      <SuggestionsSection r={r} />
      <SupervisionSection r={r} />
      {r.training && <TrainingSection t={r.training} />}
      <ReceptionSection days={r.reception} />
      <GroupActivitiesSection g={r.groupActivities} />
      <DutiesSection d={r.duties} />
      <SixOneSection d={r.duties} />
      <VoterReportsSection d={r.duties} />
    </>
  );
}
