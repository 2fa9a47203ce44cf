"use client";

import { useState } from "react";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { ATTENDANCE_LABELS } from "@/lib/sessions/labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LabelOptions } from "@/components/ui/label-options";
import { QuorumFigures } from "@/components/sessions/quorum-figures";
import { AttendeeCounts } from "@/components/sessions/attendee-counts";
import { useAttendance, type Attendance, type AttendanceEntry } from "@/components/sessions/use-attendance";
import { tallyBy } from "@/lib/sessions/attendance-tally";
import { filterRoll, NO_FILTER } from "@/lib/sessions/roll-filter";
import { AttendanceFilter } from "@/components/sessions/attendance-filter";

type Deputy = Attendance["deputies"][number];

const group = (name: string | null) => name && <span className="block text-xs text-stone-600">{name}</span>;

/**
 * 签到: one row per sitting deputy, saved as soon as a status is chosen (one request at a time, so
 * the figures shown are always those of the last save).
 */
export function AttendanceSection({
  sessionId,
  initial,
  canEdit,
}: {
  sessionId: string;
  initial: Attendance;
  canEdit: boolean;
}) {
  const { data, error, saving, save } = useAttendance(sessionId, initial);
  const [filter, setFilter] = useState(NO_FILTER);
  const shown = filterRoll(data.deputies, filter);
  const unmarked = data.deputies.filter((d) => !d.status);
  const counts = tallyBy(data.deputies, (d) => d.status);
  const tally = (s: AttendanceStatus) => counts.get(s) ?? 0;
  return (
    <div className="flex flex-col gap-3">
      <QuorumFigures presence={data.presence} />
      <p className="text-sm text-stone-700">
        请假 {tally("LEAVE")} 名 · 缺席 {tally("ABSENT")} 名 · 中途离会 {tally("LEFT_EARLY")} 名 · 未登记{" "}
        {unmarked.length} 名
        <span className="sr-only" aria-live="polite">
          {saving > 0 ? "正在保存" : ""}
        </span>
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      {canEdit && unmarked.length > 0 && (
        <Button
          variant="secondary"
          className="self-start"
          onClick={() => save(unmarked.map((d) => ({ deputyId: d.id, status: "PRESENT" })))}
        >
          未登记的 {unmarked.length} 名全部标为出席
        </Button>
      )}
      {data.deputies.length > 0 && (
        <AttendanceFilter
          value={filter}
          onChange={setFilter}
          groups={data.groups}
          ungrouped={data.ungrouped}
          shown={shown.length}
          total={data.deputies.length}
        />
      )}
      {data.deputies.length === 0 ? (
        <p className="text-sm text-stone-600">会议当日没有在任代表</p>
      ) : shown.length === 0 ? (
        <p className="text-sm text-stone-600">没有符合条件的代表</p>
      ) : (
        <ul
          className="grid gap-x-4 divide-y divide-stone-200 rounded border border-stone-200 md:grid-cols-2 md:divide-y-0 xl:grid-cols-3"
          aria-label="代表签到"
        >
          {shown.map((d) => (
            <AttendanceRow key={d.id} deputy={d} onSave={canEdit ? (entry) => save([entry]) : null} />
          ))}
        </ul>
      )}
      <AttendeeCounts
        nonVoting={data.nonVotingAttendees}
        publicCount={data.publicAttendees}
        canEdit={canEdit}
        onSave={(counts) => save([], counts)}
      />
    </div>
  );
}

/** A deputy and their status: a select labelled with their name for the office, plain text otherwise. */
function AttendanceRow({ deputy: d, onSave }: { deputy: Deputy; onSave: ((e: AttendanceEntry) => void) | null }) {
  return (
    <li className="flex items-center justify-between gap-2 border-stone-200 px-3 py-1.5 md:border-b">
      {onSave ? (
        <label htmlFor={`attendance-${d.id}`} className="min-w-0 flex-1 break-words">
          {d.name}
          {group(d.group)}
        </label>
      ) : (
        <span className="min-w-0 flex-1 break-words">
          {d.name}
          {group(d.group)}
        </span>
      )}
      {onSave ? (
        <select
          id={`attendance-${d.id}`}
          value={d.status ?? ""}
          onChange={(e) => onSave({ deputyId: d.id, status: e.target.value as AttendanceStatus })}
          className={`min-h-11 w-32 shrink-0 rounded border px-2 text-base ${d.status ? "border-stone-400 bg-white" : "border-amber-500 bg-amber-50"}`}
        >
          {!d.status && <option value="">未登记</option>}
          <LabelOptions labels={ATTENDANCE_LABELS} />
        </select>
      ) : (
        <span className="shrink-0 text-sm">{d.status ? ATTENDANCE_LABELS[d.status] : "未登记"}</span>
      )}
    </li>
  );
}
