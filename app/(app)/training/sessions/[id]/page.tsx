import type { Metadata } from "next";
import Link from "next/link";
import { recordPage } from "@/lib/auth/page";
import { trainingView } from "@/lib/training/views";
import { PageHeader } from "@/components/ui/page-header";
import { Facts, Section } from "@/components/ui/section";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { AttendanceGrid } from "@/components/training/attendance-grid";
import { AssessmentForm } from "@/components/training/assessment-form";
import { EnrolmentForm } from "@/components/training/enrolment-form";
import { LeaveDecision, LeaveRequestForm } from "@/components/training/leave-forms";
import { TrainingEditForm } from "@/components/training/edit-forms";

type Props = { params: Promise<{ id: string }> };
type View = Awaited<ReturnType<typeof trainingView>>;

const load = recordPage("training.view", trainingView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await load(params)).t.title} · 培训` };
}

function Enrolled({ t }: { t: View["t"] }) {
  return (
    <DataTable<View["t"]["enrolments"][number]>
      caption="参加人员"
      rows={t.enrolments}
      rowKey={(e) => e.deputyId}
      empty="还没有报名的代表"
      columns={[
        { header: "代表", cell: (e) => e.name },
        { header: "出勤", cell: (e) => e.attendanceLabel },
        { header: "成绩", cell: (e) => e.score ?? "—" },
        { header: "心得", cell: (e) => e.reflection ?? "—" },
      ]}
    />
  );
}

function Leaves({ t }: { t: View["t"] }) {
  if (t.leaves.length === 0) return <p className="text-sm text-stone-600">没有请假申请。</p>;
  return (
    <ul className="flex flex-col gap-2">
      {t.leaves.map((l) => (
        <li key={l.id} className="rounded border border-stone-200 p-2 text-sm">
          <p>
            <span className="font-medium">{l.name}</span> · {l.requestedOn} · {l.stateLabel}
            {l.onBehalfOf && <span className="text-stone-600">（代录）</span>}
          </p>
          <p>事由：{l.reason}</p>
          {l.decisionNote && <p>审批说明：{l.decisionNote}</p>}
          {l.pending && t.may.decideLeave && <LeaveDecision id={t.id} leaveId={l.id} name={l.name} />}
        </li>
      ))}
    </ul>
  );
}

function EditTraining({ t, plans }: { t: View["t"]; plans: View["plans"] }) {
  return (
    <details className="no-print mt-3">
      <summary className="cursor-pointer text-sm text-blue-800">修改培训信息</summary>
      <div className="mt-2">
        <TrainingEditForm
          id={t.id}
          version={t.version}
          plans={plans}
          values={{
            kind: t.kind,
            title: t.title,
            planId: t.planId,
            startDate: t.startDate,
            endDate: t.endDate,
            days: t.days,
            place: t.place,
            teacher: t.teacher,
            materials: t.materials,
          }}
        />
      </div>
    </details>
  );
}

export default async function TrainingSessionPage({ params }: Props) {
  const { t, groups, deputies, plans, today } = await load(params);
  const enrolledOptions = t.enrolments.map((e) => ({ id: e.deputyId, name: e.name }));
  return (
    <>
      <PageHeader
        title={t.title}
        description={`${t.kindLabel} · 第${t.termNumber}届${t.cancelled ? " · 已取消" : ""}`}
      />
      <Section id="facts" title="培训信息">
        <Facts
          rows={[
            ["日期", t.endDate !== t.startDate ? `${t.startDate} 至 ${t.endDate}` : t.startDate],
            ["天数", `${t.days} 天`],
            ["地点", t.place ?? "—"],
            ["授课人", t.teacher ?? "—"],
            [
              "培训计划",
              t.plan ? (
                <Link href={`/training/plans/${t.plan.id}`} className="text-blue-800 underline">
                  {t.plan.title}
                </Link>
              ) : (
                "—"
              ),
            ],
            ["学习材料", t.materials ?? "—"],
          ]}
        />
        {t.may.manage && <EditTraining t={t} plans={plans} />}
      </Section>
      {t.myLeave && (
        <div className="mt-4">
          <Alert tone="info">
            我的请假申请：{t.myLeave.stateLabel}（{t.myLeave.reason}）
          </Alert>
        </div>
      )}
      {t.may.requestLeave && (
        <Section id="leave-request" title="请假" description="培训结束前可提交，由主席审批">
          <LeaveRequestForm id={t.id} today={today} />
        </Section>
      )}
      <Section id="enrolled" title={`参加人员（${t.enrolments.length}）`}>
        <Enrolled t={t} />
        {t.may.manage && (
          <div className="mt-3">
            <EnrolmentForm id={t.id} groups={groups} deputies={deputies} enrolled={enrolledOptions} />
          </div>
        )}
      </Section>
      {t.may.takeAttendance && t.enrolments.length > 0 && (
        <Section id="attendance" title="登记出勤" description="只能登记已报名的代表；请假经批准的自动记为请假">
          <AttendanceGrid id={t.id} rows={t.enrolments} />
        </Section>
      )}
      <Section id="leaves" title="请假申请">
        <Leaves t={t} />
        {t.may.keyLeave && t.enrolments.length > 0 && (
          <div className="mt-3">
            <LeaveRequestForm id={t.id} deputies={enrolledOptions} today={today} />
          </div>
        )}
      </Section>
      {t.may.takeAttendance && t.enrolments.length > 0 && (
        <Section id="assessment" title="考核" description="成绩（0–100 分）或书面心得">
          <AssessmentForm id={t.id} rows={t.enrolments} today={today} />
        </Section>
      )}
    </>
  );
}
