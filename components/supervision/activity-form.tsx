"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SUPERVISION_KIND_LABELS } from "@/lib/supervision/labels";
import { checkAndSend } from "@/components/ui/check-and-send";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { Alert } from "@/components/ui/alert";
import {
  OfficialRows,
  ParticipantPicker,
  UnitPicker,
  type Official,
  type Option,
} from "@/components/supervision/plan-people";

const text = (data: FormData, name: string) => String(data.get(name) ?? "");

interface PeopleState {
  kind: string;
  unitIds: string[];
  officials: Official[];
  chosen: string[];
  presidium: string[];
}

/** The request body from the form's fields and the pickers' state. */
function planBody(data: FormData, p: PeopleState) {
  const { kind } = p;
  return {
    kind,
    title: text(data, "title"),
    startDate: text(data, "startDate"),
    endDate: text(data, "endDate"),
    purpose: text(data, "purpose"),
    scope: text(data, "scope"),
    method: text(data, "method"),
    lawName: text(data, "lawName"),
    places: text(data, "places"),
    preSession: data.get("preSession") === "on",
    targets:
      kind === "SUGGESTION_HANDLING_POLL"
        ? []
        : kind === "DUTY_EVALUATION"
          ? p.officials.map((o) => ({ ...o, unitId: o.unitId || null }))
          : p.unitIds.map((unitId) => ({ unitId })),
    participants: p.chosen.map((deputyId) => ({ deputyId, presidiumMember: p.presidium.includes(deputyId) })),
  };
}

/** 新建监督活动: the plan (方案) — kind, name, dates, purpose, targets and participants — saved as a draft. */
export function ActivityForm({ units, deputies, today }: { units: Option[]; deputies: Option[]; today: string }) {
  const router = useRouter();
  const [kind, setKind] = useState("WORK_EVALUATION");
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [officials, setOfficials] = useState<Official[]>([{ officialName: "", officialPost: "", unitId: "" }]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [presidium, setPresidium] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const officialsKind = kind === "DUTY_EVALUATION";
  const poll15 = kind === "SUGGESTION_HANDLING_POLL";

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const body = planBody(new FormData(e.currentTarget), { kind, unitIds, officials, chosen, presidium });
    setBusy(true);
    setMessage(null);
    // zod comes with the first submit, not with the page (docs/decisions.md, "Weight").
    const res = await checkAndSend<{ id: string }>(
      () => import("@/lib/supervision/schema").then((m) => m.ActivityCreateInput),
      "/api/v1/supervision",
      "POST",
      body,
    );
    setBusy(false);
    if (res.ok) return router.push(`/supervision/${res.data.id}`);
    setErrors(res.error.fields ?? {});
    setMessage(res.error.message);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="监督活动方案" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label="活动类型" error={errors.kind}>
          <select name="kind" className={inputClass} value={kind} onChange={(e) => setKind(e.target.value)}>
            <LabelOptions labels={SUPERVISION_KIND_LABELS} />
          </select>
        </FormField>
        <FormField label="活动名称" error={errors.title}>
          <input name="title" className={inputClass} />
        </FormField>
        <FormField label="开始日期" error={errors.startDate} hint="应在本届任期内">
          <input name="startDate" type="date" defaultValue={today} className={inputClass} />
        </FormField>
        <FormField label="结束日期" error={errors.endDate} hint="可不填">
          <input name="endDate" type="date" className={inputClass} />
        </FormField>
      </div>
      <PlanTextFields kind={kind} errors={errors} />
      {!poll15 &&
        (officialsKind ? (
          <OfficialRows rows={officials} units={units} onChange={setOfficials} errors={errors} />
        ) : (
          <UnitPicker units={units} chosen={unitIds} onChange={setUnitIds} error={errors.targets} />
        ))}
      <ParticipantPicker
        deputies={deputies}
        chosen={chosen}
        presidium={presidium}
        onChange={(c, p) => {
          setChosen(c);
          setPresidium(p);
        }}
        error={errors.participants}
      />
      {message && <Alert tone="error">{message}</Alert>}
      <button
        type="submit"
        disabled={busy}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        {busy ? "正在保存…" : "保存方案草稿"}
      </button>
    </form>
  );
}

/** The plan's text: the law and places of an inspection or visit, purpose, scope and method. */
function PlanTextFields({ kind, errors }: { kind: string; errors: Record<string, string> }) {
  return (
    <>
      {kind === "LAW_INSPECTION" && (
        <FormField label="检查的法律" error={errors.lawName} hint="如《中华人民共和国农产品质量安全法》">
          <input name="lawName" className={inputClass} />
        </FormField>
      )}
      {(kind === "LAW_INSPECTION" || kind === "SITE_VISIT") && (
        <FormField label="检查或视察地点" error={errors.places} hint="每行一处">
          <textarea name="places" rows={3} className={inputClass} />
        </FormField>
      )}
      {kind === "SITE_VISIT" && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="preSession" className="h-5 w-5" />
          会前视察
        </label>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="目的" error={errors.purpose}>
          <textarea name="purpose" rows={3} className={inputClass} />
        </FormField>
        <FormField label="对象和内容" error={errors.scope}>
          <textarea name="scope" rows={3} className={inputClass} />
        </FormField>
        <FormField label="方式" error={errors.method} hint="如听取汇报、实地察看、座谈、民主测评">
          <textarea name="method" rows={3} className={inputClass} />
        </FormField>
      </div>
    </>
  );
}
