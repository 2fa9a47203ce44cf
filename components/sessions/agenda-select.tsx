import type { ComponentProps } from "react";
import { inputClass } from "@/components/ui/form-field";

/** 所属议程: the session's agenda items, or none (不属于具体议程, sent as ""). */
export function AgendaSelect({
  agenda,
  ...props
}: ComponentProps<"select"> & { agenda: readonly { id: string; title: string }[] }) {
  return (
    <select className={inputClass} {...props}>
      <option value="">不属于具体议程</option>
      {agenda.map((a) => (
        <option key={a.id} value={a.id}>
          {a.title}
        </option>
      ))}
    </select>
  );
}
