import type { MeetingDetail } from "@/lib/sessions/meetings";

type Roll = Pick<MeetingDetail, "present" | "onLeave" | "absent" | "legacyAttendees">;

/** 出席 N 人，请假 N 人，缺席 N 人 (and the old free-text record when there is one). */
export function rollSummary(m: Roll): string {
  const parts = [`出席 ${m.present.length} 人`];
  if (m.onLeave.length) parts.push(`请假 ${m.onLeave.length} 人`);
  if (m.absent.length) parts.push(`缺席 ${m.absent.length} 人`);
  if (m.legacyAttendees) parts.push(`原记录：${m.legacyAttendees}`);
  return parts.join("，");
}

/** The roll as the minutes write it: who was present, on leave, absent, and who sat in. */
export function PresidiumRoll({ meeting: m }: { meeting: MeetingDetail }) {
  const rows: [string, string][] = [
    ["出席", m.present.join("、") || "—"],
    ...(m.legacyAttendees ? ([["出席（原文字记录）", m.legacyAttendees]] as [string, string][]) : []),
    ["请假", m.onLeave.join("、") || "—"],
    ["缺席", m.absent.join("、") || "—"],
    ["列席代表", m.invitees.map((d) => d.name).join("、") || "—"],
    ["其他列席人员", m.guests ?? "—"],
  ];
  return (
    <dl className="grid grid-cols-[7rem_1fr] gap-y-1 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-stone-600">{k}</dt>
          <dd className="break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
