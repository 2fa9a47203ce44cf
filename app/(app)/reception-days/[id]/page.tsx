import type { Metadata } from "next";
import Link from "next/link";
import { recordPage } from "@/lib/auth/page";
import { receptionDayView } from "@/lib/reception/views";
import { RECEPTION_STATUS_LABELS } from "@/lib/reception/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Facts, Section } from "@/components/ui/section";
import { Alert } from "@/components/ui/alert";
import { CancelForm, DayEditForm, HeldForm, PublishForm } from "@/components/reception/day-forms";
import { DutiesSection } from "@/components/reception/duties-section";
import { VisitForm } from "@/components/reception/visit-forms";
import { VisitList } from "@/components/reception/visit-list";

type Props = { params: Promise<{ id: string }> };

const load = recordPage("reception.view", receptionDayView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await load(params)).day.date} · 接待选民日` };
}

export default async function ReceptionDayPage({ params }: Props) {
  const { day: d, categories, petitionCategories } = await load(params);
  const deputies = d.duties.map((x) => ({ id: x.deputyId, name: x.name }));
  const solved = d.visits.filter((v) => v.solved).length;
  return (
    <>
      <PageHeader
        title={`${d.date} 接待选民日`}
        description={`${RECEPTION_STATUS_LABELS[d.status]} · 接待群众${d.visits.length}人，解决问题${solved}个`}
        actions={
          <>
            {d.may.print && (
              <a href={`/api/v1/reception-days/${d.id}/notice`} className="text-sm text-blue-800 underline">
                下载公告（Word）
              </a>
            )}
            <Link href={`/reception-days?year=${d.year}`} className="text-sm text-blue-800 underline">
              返回全年安排
            </Link>
          </>
        }
      />
      {d.cancelled && <Alert tone="warning">本次接待日已取消：{d.note}</Alert>}
      {d.noticeOwed && <Alert tone="warning">公告应于 {d.noticeDueOn} 前发布，尚未发布</Alert>}
      <Section id="facts" title="基本情况">
        <Facts
          rows={[
            ["日期", d.date],
            ["地点", d.place ?? "未填写"],
            ["公告", d.noticePublishedOn ? `已于 ${d.noticePublishedOn} 发布` : `未发布（应于 ${d.noticeDueOn} 前）`],
            ["举行", d.heldOn ?? "—"],
          ]}
        />
      </Section>
      <DutiesSection d={d} />
      <Section
        id="visits"
        title={`来访群众（${d.visits.length} 人次）`}
        description={
          d.personalData === "MASKED" ? "来访人的电话和住址已隐去部分内容（仅人大办和主席可见全部）。" : undefined
        }
      >
        <VisitList d={d} categories={categories} petitionCategories={petitionCategories} deputies={deputies} />
        {d.may.recordVisit && (
          <div className="mt-4 border-t border-stone-200 pt-3">
            <h3 className="mb-2 font-medium">登记来访</h3>
            <VisitForm dayId={d.id} deputies={deputies} onBehalf={d.may.onBehalf} />
          </div>
        )}
      </Section>
      {d.may.manage && (
        <Section id="office" title="公告与变更" description="修改、取消和发布公告都记入审计日志。">
          <div className="grid gap-4 md:grid-cols-2">
            {d.may.publish && <PublishForm id={d.id} version={d.version} />}
            <DayEditForm id={d.id} version={d.version} date={d.date} place={d.place} />
            {d.may.markPresent && !d.heldOn && <HeldForm id={d.id} version={d.version} />}
            {!d.heldOn && <CancelForm id={d.id} version={d.version} />}
          </div>
        </Section>
      )}
    </>
  );
}
