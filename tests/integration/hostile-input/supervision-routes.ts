// The supervision write routes for the hostile-input properties (routes.ts spreads them into WRITE_CASES).
import * as supervision from "@/app/api/v1/supervision/route";
import * as activity from "@/app/api/v1/supervision/[id]/route";
import * as transitions from "@/app/api/v1/supervision/[id]/transitions/route";
import * as ballots from "@/app/api/v1/supervision/[id]/ballots/route";
import * as attendance from "@/app/api/v1/supervision/[id]/attendance/route";
import * as documents from "@/app/api/v1/supervision/[id]/documents/route";
import * as document from "@/app/api/v1/supervision/[id]/documents/[documentId]/route";
import type { WriteCase } from "./routes";

const NIL = "00000000-0000-4000-8000-000000000000";
const none = () => ({});
const office = (w: Parameters<WriteCase["cookie"]>[0]) => w.office;
const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());

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
];
