"use client";

import type { UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import type { PresidiumMeetingInput } from "@/lib/sessions/meeting-schema";
import { ATTENDANCE_LABELS, MEETING_ATTENDANCE } from "@/lib/sessions/labels";

/** One radio group per presidium member: 出席 / 请假 / 缺席. */
export function PresidiumRollFields({
  members,
  register,
  error,
}: {
  members: { id: string; name: string }[];
  register: UseFormRegister<z.input<typeof PresidiumMeetingInput>>;
  error?: string;
}) {
  return (
    <fieldset className="rounded border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium">主席团成员出席情况</legend>
      {members.length === 0 && <p className="text-sm text-stone-600">本镇尚未设置主席团成员账号</p>}
      <ul className="flex flex-col gap-2">
        {members.map((m, i) => (
          <li key={m.id}>
            <input type="hidden" {...register(`members.${i}.userId`)} />
            <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
              <legend className="float-left mr-4 min-w-32 text-sm">{m.name}</legend>
              {MEETING_ATTENDANCE.map((a) => (
                <label key={a} className="flex min-h-8 items-center gap-1 text-sm">
                  <input type="radio" value={a} {...register(`members.${i}.attendance`)} />
                  {ATTENDANCE_LABELS[a]}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      {error && <p className="mt-1 text-sm text-red-800">{error}</p>}
    </fieldset>
  );
}

/** 列席代表: a checkbox per sitting deputy who is not a presidium member. */
export function PresidiumInviteeFields({
  deputies,
  register,
  error,
}: {
  deputies: { id: string; name: string }[];
  register: UseFormRegister<z.input<typeof PresidiumMeetingInput>>;
  error?: string;
}) {
  return (
    <fieldset className="rounded border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium">列席代表</legend>
      <div className="grid max-h-60 gap-1 overflow-y-auto sm:grid-cols-3 lg:grid-cols-5">
        {deputies.map((d) => (
          <label key={d.id} className="flex min-h-8 items-center gap-2 text-sm">
            <input type="checkbox" value={d.id} {...register("inviteeIds")} />
            {d.name}
          </label>
        ))}
      </div>
      {error && <p className="text-sm text-red-800">{error}</p>}
    </fieldset>
  );
}
