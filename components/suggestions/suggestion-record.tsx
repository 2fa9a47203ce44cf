import { formatDateTime } from "@/lib/time/format";
import {
  AWAITING_SIGN_OFF,
  MOTION_DECISION_LABELS,
  REPLY_CLASS_LABELS,
  SUGGESTION_KIND_LABELS,
} from "@/lib/suggestions/labels";
import { Facts, Section } from "@/components/ui/section";
import { StateBadge } from "@/components/suggestions/state-badge";
import { Deadline } from "@/components/suggestions/due-tag";
import type { FullSuggestion, SuggestionDetail } from "@/components/suggestions/types";

const full = (s: SuggestionDetail): s is FullSuggestion => "events" in s;

/** 建议内容: the record and its proposers (the public copy shows no names). */
export function SuggestionContent({ s }: { s: SuggestionDetail }) {
  const rows: [string, React.ReactNode][] = [
    ["编号", s.number ?? "未登记"],
    ["类型", SUGGESTION_KIND_LABELS[s.kind]],
    ["类别", s.category],
    ["状态", <StateBadge key="state" state={s.state} />],
  ];
  if (full(s)) {
    const lead = s.proposers.find((p) => p.lead);
    const others = s.proposers.filter((p) => !p.lead);
    rows.push(
      ["领衔代表", lead?.name ?? "—"],
      ["附议代表", others.length ? others.map((p) => p.name).join("、") : "无"],
    );
    if (s.motionDecision)
      rows.push([
        "议案处理",
        `${MOTION_DECISION_LABELS[s.motionDecision]}${s.motionDecisionNote ? `（${s.motionDecisionNote}）` : ""}`,
      ]);
    // Whether it is published yet is the office's step: a deputy is told once it is.
    if (s.internalSteps || s.published) rows.push(["办理结果", s.published ? "已公开" : "未公开"]);
  }
  return (
    <Section id="content" title="建议内容">
      <Facts rows={rows} />
      <h3 className="mt-4 text-sm font-medium text-stone-600">内容</h3>
      <p className="mt-1 whitespace-pre-wrap break-words text-base leading-relaxed">{s.content}</p>
    </Section>
  );
}

/** 交办与期限: the units (lead, co, returned) and the reply deadline with its urgency in words. */
export function AssignmentSection({ s }: { s: FullSuggestion }) {
  const rows: [string, React.ReactNode][] = [
    ["交办日期", s.assignedOn ?? "—"],
    ["答复期限", <Deadline key="deadline" deadline={s.deadline} due={s.due} dueText={s.dueText} />],
  ];
  if (s.delayedTo) rows.push(["原定期限", `${s.originalDeadline}（已延期）`]);
  if (s.assignedOn) rows.push(["办理难度", s.broad ? "涉及面广、难度大（六个月）" : "一般（三个月）"]);
  if (s.awaitingSignOff) rows.push(["主席签发", AWAITING_SIGN_OFF]);
  else if (s.internalSteps && s.assignedOn)
    rows.push(["主席签发", s.signedOffAt ? formatDateTime(s.signedOffAt) : "尚未签发"]);
  return (
    <Section
      id="assignment"
      title="交办与期限"
      description="交办之日起三个月内答复，涉及面广、难度大的六个月内（代表法第五十一条）"
    >
      <Facts rows={rows} />
      {s.assignments.length > 0 && (
        <ul className="mt-3 flex flex-col gap-1 text-sm">
          {s.assignments.map((a, i) => (
            <li key={`${a.unit.id}-${i}`} className={a.active ? "" : "text-stone-600"}>
              {a.unit.name}（{a.lead ? "主办" : "协办"}，{a.assignedOn} 交办）
              {!a.active && `已退回${a.returnReason ? `：${a.returnReason}` : ""}`}
              {a.active && a.input && <CoInputStatus input={a.input} />}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** A co-unit's input to the lead unit in this round: 已提交 (逾期 when late) or 待提交 with its due day. */
function CoInputStatus({ input }: { input: NonNullable<FullSuggestion["assignments"][number]["input"]> }) {
  return (
    <span className="ml-1">
      · 协办意见：
      {input.at ? (
        <>
          已提交（{formatDateTime(input.at)}）
          {input.late && <strong className="ml-1 font-medium text-red-800">逾期</strong>}
        </>
      ) : (
        <>
          待提交（{input.due} 前）{input.overdue && <strong className="ml-1 font-medium text-red-800">已逾期</strong>}
        </>
      )}
    </span>
  );
}

/** The latest reply, shown above the timeline so the deputy reads it before rating. */
export function ReplySection({ s }: { s: SuggestionDetail }) {
  const last = s.replies.at(-1);
  if (!last) return null;
  return (
    <Section
      id="reply"
      title="答复"
      description={s.replies.length > 1 ? `共答复 ${s.replies.length} 次，以下为最近一次` : undefined}
    >
      <p className="text-sm">
        <span className="text-stone-600">答复类别：</span>
        {last.replyClass ? REPLY_CLASS_LABELS[last.replyClass] : "—"}
      </p>
      <p className="text-sm">
        <span className="text-stone-600">答复时间：</span>
        {formatDateTime(last.at)}
      </p>
      <p className="mt-2 whitespace-pre-wrap break-words text-base leading-relaxed">{last.note}</p>
    </Section>
  );
}
