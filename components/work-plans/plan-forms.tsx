"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Form, ItemFields, itemBody, Reason, reasonOf, text, useSend } from "@/components/work-plans/form-kit";

/** 新增事项: at the end of the plan. */
export function AddItemForm({ planId, version, approved }: { planId: string; version: number; approved: boolean }) {
  const { errors, message, send } = useSend();
  const [key, setKey] = useState(0);
  return (
    <Form
      key={key}
      label="新增工作事项"
      submit="新增事项"
      message={message}
      onSubmit={(data) =>
        send(
          "WorkPlanItemAddInput",
          `/api/v1/work-plans/${planId}/items`,
          "POST",
          { version, ...itemBody(data), ...reasonOf(data) },
          () => setKey((k) => k + 1),
        )
      }
    >
      <ItemFields errors={errors} />
      <Reason approved={approved} error={errors.reason} />
    </Form>
  );
}

/** 登记党委审定: the day the party committee approved the plan and its note. */
export function ApproveForm({ planId, version, today }: { planId: string; version: number; today: string }) {
  const { errors, message, send } = useSend();
  return (
    <Form
      label="登记党委审定"
      submit="登记党委审定"
      message={message}
      onSubmit={(data) =>
        send("WorkPlanApproveInput", `/api/v1/work-plans/${planId}/approve`, "POST", {
          version,
          approvedOn: text(data, "approvedOn"),
          approvalNote: text(data, "approvalNote"),
        })
      }
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="审定日期" error={errors.approvedOn}>
          <input name="approvedOn" type="date" defaultValue={today} max={today} className={inputClass} />
        </FormField>
        <FormField label="审定意见" error={errors.approvalNote} hint="如：镇党委会议审定同意">
          <input name="approvalNote" className={inputClass} />
        </FormField>
      </div>
    </Form>
  );
}

/** The plan's title and opening paragraph (a draft), or a correction with a reason (approved, with the approval). */
export function PlanFieldsForm({
  planId,
  version,
  approved,
  initial,
}: {
  planId: string;
  version: number;
  approved: boolean;
  initial: { title: string; preamble: string | null; approvedOn: string | null; approvalNote: string | null };
}) {
  const { errors, message, send } = useSend();
  return (
    <Form
      label={approved ? "更正工作要点" : "修改工作要点"}
      submit={approved ? "保存更正" : "保存修改"}
      message={message}
      onSubmit={(data) =>
        send("WorkPlanUpdateInput", `/api/v1/work-plans/${planId}`, "PATCH", {
          version,
          title: text(data, "title"),
          preamble: text(data, "preamble"),
          ...(approved
            ? { approvedOn: text(data, "approvedOn"), approvalNote: text(data, "approvalNote"), ...reasonOf(data) }
            : {}),
        })
      }
    >
      <FormField label="标题" error={errors.title}>
        <input name="title" defaultValue={initial.title} className={inputClass} />
      </FormField>
      <FormField label="指导思想（开头段落）" error={errors.preamble}>
        <textarea name="preamble" rows={3} defaultValue={initial.preamble ?? ""} className={inputClass} />
      </FormField>
      {approved && (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label="审定日期" error={errors.approvedOn}>
            <input name="approvedOn" type="date" defaultValue={initial.approvedOn ?? ""} className={inputClass} />
          </FormField>
          <FormField label="审定意见" error={errors.approvalNote}>
            <input name="approvalNote" defaultValue={initial.approvalNote ?? ""} className={inputClass} />
          </FormField>
        </div>
      )}
      <Reason approved={approved} error={errors.reason} />
    </Form>
  );
}

/** 起草明年工作要点: from this plan, with the report's 明年工作打算 lines (one a line). */
export function DraftNextForm({ planId, nextYear }: { planId: string; nextYear: number }) {
  const router = useRouter();
  const { errors, message, send } = useSend();
  return (
    <Form
      label={`起草${nextYear}年工作要点`}
      submit={`起草${nextYear}年工作要点`}
      message={message}
      onSubmit={(data) =>
        send(
          "WorkPlanDraftNextInput",
          "/api/v1/work-plans/draft-next",
          "POST",
          {
            fromPlanId: planId,
            lines: text(data, "lines")
              .split(/\n+/)
              .map((l) => l.trim())
              .filter(Boolean),
          },
          (d) => router.push(`/work-plans/${(d as { id: string }).id}`),
        )
      }
    >
      <FormField
        label="明年工作打算（每行一项，可不填）"
        error={Object.entries(errors).find(([k]) => k.startsWith("lines"))?.[1]}
        hint="本年事项（已取消的除外）按原月份和责任人沿用；这里的每一行另列为一项"
      >
        <textarea name="lines" rows={3} className={inputClass} />
      </FormField>
    </Form>
  );
}
