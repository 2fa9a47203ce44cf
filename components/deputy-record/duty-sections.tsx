import type { DeputyRecord } from "@/lib/deputy-record/record";
import { Section } from "@/components/ui/section";
import { DataTable } from "@/components/ui/data-table";
import { dutyPresenceText } from "@/lib/reception/public";

type R = DeputyRecord;

export function GroupActivitiesSection({ g }: { g: R["groupActivities"] }) {
  return (
    <Section
      id="group-activities"
      title="参加代表小组活动"
      description={g.group ? `所在代表小组：${g.group.name}，本年度开展活动 ${g.group.held} 次` : "未编入代表小组"}
    >
      <DataTable
        rows={g.attended}
        rowKey={(a) => a.id}
        caption="参加的代表小组活动"
        empty="本年度没有参加的代表小组活动"
        columns={[
          { header: "日期", cell: (a) => a.heldOn },
          { header: "代表小组", cell: (a) => a.groupName },
          { header: "活动主题", cell: (a) => a.topic },
        ]}
      />
    </Section>
  );
}

/** 履职登记 by kind with each entry, then the 六个一 card and the 述职. */
export function DutiesSection({ d }: { d: R["duties"] }) {
  const entries = d.byKind.flatMap((k) => k.entries.map((e) => ({ ...e, label: k.label })));
  return (
    <Section id="duties" title="履职登记" description="代表本人登记或人大办代录，经人大办核实后计入“六个一”">
      <DataTable
        rows={entries}
        rowKey={(e) => e.id}
        caption="履职登记"
        empty="本年度没有履职登记"
        columns={[
          { header: "日期", cell: (e) => e.occurredOn },
          { header: "类别", cell: (e) => e.label },
          { header: "内容", cell: (e) => e.description },
          { header: "状态", cell: (e) => `${e.stateLabel}${e.onBehalf ? "（代录）" : ""}` },
        ]}
      />
    </Section>
  );
}

export function SixOneSection({ d }: { d: R["duties"] }) {
  return (
    <Section id="six-one" title="“六个一”完成情况" description={d.card.rules.card}>
      <p className="mb-2 text-sm">
        已完成 <span className="font-semibold">{d.card.met}</span> / {d.card.lines.length} 项
      </p>
      <DataTable
        rows={d.card.lines}
        rowKey={(l) => l.key}
        caption="六个一"
        columns={[
          { header: "项目", cell: (l) => l.label },
          { header: "完成 / 目标", cell: (l) => l.text },
          { header: "是否完成", cell: (l) => (l.met ? "已完成" : "未完成") },
        ]}
      />
    </Section>
  );
}

export function VoterReportsSection({ d }: { d: R["duties"] }) {
  return (
    <Section id="voter-reports" title="向选民述职" description={d.rateRule}>
      <DataTable
        rows={d.voterReports}
        rowKey={(r) => r.id}
        caption="向选民述职"
        empty="本年度未安排向选民述职"
        columns={[
          { header: "日期", cell: (r) => r.heldOn ?? r.scheduledOn },
          { header: "情况", cell: (r) => (r.heldOn ? "已述职" : "已安排") },
          { header: "到会选民", cell: (r) => r.votersPresent ?? "—" },
          { header: "满意率", cell: (r) => r.figures ?? "—" },
        ]}
      />
    </Section>
  );
}

/** The reception days (接待选民日) the deputy was on duty, and the visitors they received. */
export function ReceptionSection({ days }: { days: R["reception"] }) {
  const received = days.reduce((n, d) => n + d.received, 0);
  return (
    <Section
      id="reception"
      title="参加接待选民日"
      description={`本年度安排值班 ${days.length} 次，到岗 ${days.filter((d) => d.present === true).length} 次，接待选民 ${received} 人次`}
    >
      <DataTable
        rows={days}
        rowKey={(d) => d.id}
        caption="接待选民日值班"
        empty="本年度没有安排接待选民日值班"
        columns={[
          { header: "日期", cell: (d) => d.date },
          { header: "地点", cell: (d) => d.place ?? "—" },
          { header: "到岗情况", cell: (d) => dutyPresenceText(d) },
          { header: "接待人数", cell: (d) => d.received },
        ]}
      />
    </Section>
  );
}
