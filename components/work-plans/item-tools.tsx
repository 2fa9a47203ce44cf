"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { Alert } from "@/components/ui/alert";
import { apiSend } from "@/components/ui/api";
import { ITEM_STATUS_LABELS, WORK_PLAN_MODULE_LABELS } from "@/lib/work-plans/labels";
import {
  Form,
  ItemFields,
  itemBody,
  plain,
  Reason,
  reasonOf,
  text,
  useSend,
  type ItemProps,
} from "@/components/work-plans/form-kit";

const itemUrl = (p: ItemProps) => `/api/v1/work-plans/${p.planId}/items/${p.item.id}`;
const LINKABLE = Object.fromEntries(Object.entries(WORK_PLAN_MODULE_LABELS).filter(([k]) => k !== "OTHER"));

/** 进展: the office's status with a note ("未开始" leaves it to the linked records). */
function StatusForm(p: ItemProps) {
  const { errors, message, send } = useSend();
  return (
    <Form
      label={`进展：${p.item.title}`}
      submit="保存进展"
      message={message}
      onSubmit={(data) =>
        send("WorkPlanItemUpdateInput", itemUrl(p), "PATCH", {
          version: p.item.version,
          status: text(data, "status"),
          statusNote: text(data, "statusNote"),
        })
      }
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="办公室设定状态" error={errors.status} hint="“未开始”即按关联记录判断">
          <select name="status" defaultValue={p.item.officeStatus} className={inputClass}>
            <LabelOptions labels={ITEM_STATUS_LABELS} />
          </select>
        </FormField>
        <FormField label="状态说明" error={errors.statusNote}>
          <input name="statusNote" defaultValue={p.item.statusNote ?? ""} className={inputClass} />
        </FormField>
      </div>
    </Form>
  );
}

/** 关联记录: pick a record of the township in the plan's year (a session, an activity, a training…). */
function LinkForm(p: ItemProps) {
  const { errors, message, send } = useSend();
  const [module, setModule] = useState(p.item.module === "OTHER" ? "SESSION" : p.item.module);
  const [choices, setChoices] = useState<{ id: string; label: string; date: string }[] | null>(null);
  async function load(m: string) {
    setModule(m);
    setChoices(null);
    const res = await fetch(`${itemUrl(p)}/links?module=${m}`);
    setChoices(res.ok ? (await res.json()).choices : []);
  }
  return (
    <Form
      label={`关联记录：${p.item.title}`}
      submit="关联"
      message={message}
      onSubmit={(data) =>
        send("WorkPlanLinkInput", `${itemUrl(p)}/links`, "POST", { module, recordId: text(data, "recordId") })
      }
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="记录所属工作" error={errors.module}>
          <select value={module} onChange={(e) => void load(e.target.value)} className={inputClass}>
            <LabelOptions labels={LINKABLE} />
          </select>
        </FormField>
        <FormField label="关联记录" error={errors.recordId} hint={choices ? undefined : "先点“列出记录”"}>
          <select name="recordId" className={inputClass} defaultValue="">
            <option value="">请选择</option>
            {(choices ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.date} {c.label}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <button type="button" className={`${plain} self-start`} onClick={() => void load(module)}>
        列出记录
      </button>
    </Form>
  );
}

function Links(p: ItemProps) {
  const router = useRouter();
  if (p.item.links.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-label="已关联的记录">
      {p.item.links.map((l) => (
        <li key={l.linkId} className="flex flex-wrap items-center gap-2">
          <span>
            {LINKABLE[l.module]}：{l.date} {l.label}
          </span>
          <button
            type="button"
            className={plain}
            onClick={async () => {
              if ((await apiSend(`${itemUrl(p)}/links/${l.linkId}`, "DELETE")).ok) router.refresh();
            }}
          >
            取消关联
          </button>
        </li>
      ))}
    </ul>
  );
}

function EditForm(p: ItemProps) {
  const { errors, message, send } = useSend();
  return (
    <details>
      <summary className="cursor-pointer text-sm text-blue-800 underline">
        修改事项{p.approved ? "（更正）" : ""}
      </summary>
      <div className="mt-2">
        <Form
          label={`修改事项：${p.item.title}`}
          submit={p.approved ? "保存更正" : "保存修改"}
          message={message}
          onSubmit={(data) =>
            send("WorkPlanItemUpdateInput", itemUrl(p), "PATCH", {
              version: p.item.version,
              ...itemBody(data),
              ...reasonOf(data),
            })
          }
        >
          <ItemFields errors={errors} initial={p.item} />
          <Reason approved={p.approved} error={errors.reason} />
        </Form>
      </div>
    </details>
  );
}

/** 上移, 下移, 删除: on an approved plan each asks for the correction's reason. */
function OrderButtons(p: ItemProps) {
  const { message, send } = useSend();
  const reasonFor = (what: string) => (p.approved ? window.prompt(`更正原因（已审定的工作要点${what}须填写）`) : "");
  function move(delta: number) {
    const i = p.order.indexOf(p.item.id);
    const j = i + delta;
    if (j < 0 || j >= p.order.length) return;
    const order = [...p.order];
    [order[i], order[j]] = [order[j], order[i]];
    const reason = reasonFor("调整顺序");
    if (reason === null) return;
    void send("WorkPlanReorderInput", `/api/v1/work-plans/${p.planId}/items/order`, "PUT", {
      version: p.planVersion,
      order,
      ...(reason ? { reason } : {}),
    });
  }
  function remove() {
    const reason = reasonFor("删除事项");
    if (reason === null || (!p.approved && !window.confirm(`删除事项“${p.item.title}”？`))) return;
    void send("WorkPlanItemRemoveInput", itemUrl(p), "DELETE", {
      version: p.planVersion,
      ...(reason ? { reason } : {}),
    });
  }
  return (
    <>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={plain} onClick={() => move(-1)} aria-label={`上移：${p.item.title}`}>
          上移
        </button>
        <button type="button" className={plain} onClick={() => move(1)} aria-label={`下移：${p.item.title}`}>
          下移
        </button>
        <button type="button" className={plain} onClick={remove} aria-label={`删除事项：${p.item.title}`}>
          删除
        </button>
      </div>
      {message && <Alert tone="error">{message}</Alert>}
    </>
  );
}

/** The office's work on one item: progress, links, its text, its place, removal. */
export function ItemTools(p: ItemProps) {
  return (
    <div className="no-print mt-2 flex flex-col gap-4 border-t border-stone-200 pt-3">
      <StatusForm {...p} />
      <LinkForm {...p} />
      <Links {...p} />
      <EditForm {...p} />
      <OrderButtons {...p} />
    </div>
  );
}
