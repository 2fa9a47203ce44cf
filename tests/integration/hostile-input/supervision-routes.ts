// The supervision write routes for the hostile-input properties (routes.ts spreads them into WRITE_CASES).
import * as supervision from "@/app/api/v1/supervision/route";
import * as activity from "@/app/api/v1/supervision/[id]/route";
import * as transitions from "@/app/api/v1/supervision/[id]/transitions/route";
import * as ballots from "@/app/api/v1/supervision/[id]/ballots/route";
import * as attendance from "@/app/api/v1/supervision/[id]/attendance/route";
import * as documents from "@/app/api/v1/supervision/[id]/documents/route";
import * as document from "@/app/api/v1/supervision/[id]/documents/[documentId]/route";
import * as findings from "@/app/api/v1/supervision/[id]/findings/route";
import * as finding from "@/app/api/v1/supervision/[id]/findings/[itemId]/route";
import * as opinions from "@/app/api/v1/supervision/[id]/opinions/route";
import * as opinion from "@/app/api/v1/supervision/[id]/opinions/[itemId]/route";
import * as send from "@/app/api/v1/supervision/[id]/opinions/send/route";
import * as suggestions from "@/app/api/v1/supervision/[id]/suggestions/route";
import * as repoll from "@/app/api/v1/supervision/[id]/repoll/route";
import * as report from "@/app/api/v1/rectifications/[id]/report/route";
import * as review from "@/app/api/v1/rectifications/[id]/review/route";
import * as reminders from "@/app/api/v1/rectifications/[id]/reminders/route";
import * as visits from "@/app/api/v1/rectifications/[id]/visits/route";
import type { WriteCase } from "./routes";

const NIL = "00000000-0000-4000-8000-000000000000";
const none = () => ({});
const office = (w: Parameters<WriteCase["cookie"]>[0]) => w.office;
const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());
const inDays = (n: number) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + n * 86_400_000));
const running = (w: Parameters<WriteCase["cookie"]>[0]) => ({ id: w.supervision.running.id });
const item = (w: Parameters<WriteCase["cookie"]>[0], itemId: string) => ({ id: w.supervision.running.id, itemId });

export const SUPERVISION_WRITE_CASES: WriteCase[] = [
  {
    key: "POST supervision",
    handler: supervision.POST,
    cookie: office,
    params: none,
    body: (w) => ({
      kind: "WORK_EVALUATION",
      title: "站所工作评议",
      startDate: today(),
      endDate: today(),
      purpose: "督促改进",
      targets: [{ unitId: w.unit.id }],
      participants: [{ deputyId: w.deputy.id, presidiumMember: false }],
    }),
  },
  {
    key: "PATCH supervision/[id]",
    handler: activity.PATCH,
    cookie: office,
    params: (w) => ({ id: w.supervision.draft.id }),
    body: (w) => ({ title: "改名", startDate: today(), version: w.supervision.draft.version }),
  },
  {
    key: "POST supervision/[id]/transitions",
    handler: transitions.POST,
    cookie: (w) => w.cookie.CHAIR,
    params: (w) => ({ id: w.supervision.draft.id }),
    body: (w) => ({
      action: "approve",
      version: w.supervision.draft.version,
      partyConsentOn: today(),
      partyConsentNote: "镇党委同意",
    }),
  },
  {
    key: "POST supervision/[id]/ballots",
    handler: ballots.POST,
    cookie: office,
    params: (w) => ({ id: w.supervision.running.id }),
    body: (w) => ({
      action: "paper",
      entries: [
        {
          pollId: w.supervision.poll.id,
          version: w.supervision.poll.version,
          satisfied: 1,
          basic: 1,
          unsatisfied: 0,
          invalid: 0,
        },
      ],
    }),
  },
  {
    key: "POST supervision/[id]/attendance",
    handler: attendance.POST,
    cookie: office,
    params: (w) => ({ id: w.supervision.running.id }),
    body: (w) => ({ entries: [{ deputyId: w.deputy.id, attendance: "PRESENT" }] }),
  },
  {
    key: "POST supervision/[id]/documents",
    handler: documents.POST,
    cookie: office,
    params: (w) => ({ id: w.supervision.running.id }),
    body: () => ({ kind: "PLAN" }),
    carrier: "document",
  },
  {
    key: "DELETE supervision/[id]/documents/[documentId]",
    handler: document.DELETE,
    cookie: office,
    params: (w) => ({ id: w.supervision.running.id, documentId: NIL }),
    body: none,
    carrier: "none",
  },
  {
    key: "POST supervision/[id]/findings",
    handler: findings.POST,
    cookie: office,
    params: running,
    body: (w) => ({ text: "会议记录不完整", targetId: w.supervision.target.id }),
  },
  {
    key: "PATCH supervision/[id]/findings/[itemId]",
    handler: finding.PATCH,
    cookie: office,
    params: (w) => item(w, w.supervision.finding.id),
    body: (w) => ({ text: "台账不全，缺少三月份记录", targetId: w.supervision.target.id }),
  },
  {
    key: "DELETE supervision/[id]/findings/[itemId]",
    handler: finding.DELETE,
    cookie: office,
    params: (w) => item(w, w.supervision.finding.id),
    body: none,
    carrier: "none",
  },
  {
    key: "POST supervision/[id]/opinions",
    handler: opinions.POST,
    cookie: office,
    params: running,
    body: (w) => ({ unitId: w.unit.id, text: "信访答复超期", dueDate: inDays(30) }),
  },
  {
    key: "PATCH supervision/[id]/opinions/[itemId]",
    handler: opinion.PATCH,
    cookie: office,
    params: (w) => item(w, w.supervision.opinion.id),
    body: (w) => ({ unitId: w.unit.id, text: "窗口排队时间长，限期整改", dueDate: inDays(20) }),
  },
  {
    key: "DELETE supervision/[id]/opinions/[itemId]",
    handler: opinion.DELETE,
    cookie: office,
    params: (w) => item(w, w.supervision.opinion.id),
    body: none,
    carrier: "none",
  },
  {
    key: "POST supervision/[id]/opinions/send",
    handler: send.POST,
    cookie: office,
    params: running,
    body: (w) => ({ opinionIds: [w.supervision.opinion.id], occurredOn: today() }),
  },
  {
    key: "POST supervision/[id]/suggestions",
    handler: suggestions.POST,
    cookie: office,
    params: running,
    body: (w) => ({
      title: "关于改进窗口服务的建议",
      content: "评议中代表提出：增设自助服务设备。",
      categoryId: w.categoryId,
      deputyId: w.deputy.id,
      raisedOn: today(),
      cosignerIds: [],
    }),
  },
  {
    // A concluded evaluation whose unit's rectification was accepted: the unspoiled request opens the
    // 再测评 (201, sent last); every spoiled one before it is refused without a 5xx and writes nothing.
    key: "POST supervision/[id]/repoll",
    handler: repoll.POST,
    cookie: office,
    params: (w) => ({ id: w.supervision.repollReady.id }),
    body: (w) => ({ targetIds: [w.supervision.repollReady.target.id] }),
    baseStatus: [201],
  },
  {
    key: "POST rectifications/[id]/report",
    handler: report.POST,
    cookie: office,
    params: (w) => ({ id: w.supervision.task.assigned.id }),
    body: (w) => ({
      version: w.supervision.task.assigned.version,
      text: "已整改到位（纸质报告代录）",
      occurredOn: today(),
    }),
  },
  {
    key: "POST rectifications/[id]/review",
    handler: review.POST,
    cookie: office,
    params: (w) => ({ id: w.supervision.task.reported.id }),
    body: (w) => ({
      version: w.supervision.task.reported.version,
      decision: "return",
      note: "整改措施不具体",
      occurredOn: today(),
      dueDate: inDays(15),
    }),
  },
  {
    key: "POST rectifications/[id]/reminders",
    handler: reminders.POST,
    cookie: office,
    params: (w) => ({ id: w.supervision.task.assigned.id }),
    body: (w) => ({ version: w.supervision.task.assigned.version, note: "电话催办", occurredOn: today() }),
  },
  {
    key: "POST rectifications/[id]/visits",
    handler: visits.POST,
    cookie: office,
    params: (w) => ({ id: w.supervision.task.accepted.id }),
    body: (w) => ({ version: w.supervision.task.accepted.version, note: "回访群众满意", occurredOn: today() }),
  },
];
