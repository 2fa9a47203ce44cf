// The training write routes for the hostile-input properties (routes.ts spreads them into WRITE_CASES).
import * as plans from "@/app/api/v1/training-plans/route";
import * as plan from "@/app/api/v1/training-plans/[id]/route";
import * as approve from "@/app/api/v1/training-plans/[id]/approve/route";
import * as sessions from "@/app/api/v1/training-sessions/route";
import * as session from "@/app/api/v1/training-sessions/[id]/route";
import * as enrolments from "@/app/api/v1/training-sessions/[id]/enrolments/route";
import * as attendance from "@/app/api/v1/training-sessions/[id]/attendance/route";
import * as assessments from "@/app/api/v1/training-sessions/[id]/assessments/route";
import * as leave from "@/app/api/v1/training-sessions/[id]/leave/route";
import * as decide from "@/app/api/v1/training-sessions/[id]/leave/[leaveId]/route";
import type { WriteCase } from "./routes";

const none = () => ({});
const office = (w: Parameters<WriteCase["cookie"]>[0]) => w.office;
const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());
const training = (w: Parameters<WriteCase["cookie"]>[0]) => ({ id: w.training.training.id });

export const TRAINING_WRITE_CASES: WriteCase[] = [
  {
    key: "POST training-plans",
    handler: plans.POST,
    cookie: office,
    params: none,
    body: (w) => ({
      kind: "YEAR",
      year: 2027,
      title: "年度培训计划",
      guidingIdeas: "指导思想",
      purpose: "目的意义",
      audienceLevels: ["TOWNSHIP"],
      audienceGroupIds: [w.group.id],
      audienceNote: "说明",
      content: "培训内容",
      form: "培训形式",
      items: [{ quarter: 2, text: "履职学习" }],
    }),
  },
  {
    key: "PATCH training-plans/[id]",
    handler: plan.PATCH,
    cookie: office,
    params: (w) => ({ id: w.training.plan.id }),
    body: (w) => ({ version: w.training.plan.version, title: "改名", items: [{ quarter: 3, text: "专题学习" }] }),
  },
  {
    key: "POST training-plans/[id]/approve",
    handler: approve.POST,
    cookie: (w) => w.cookie.CHAIR,
    params: (w) => ({ id: w.training.plan.id }),
    body: (w) => ({ version: w.training.plan.version }),
  },
  {
    key: "POST training-sessions",
    handler: sessions.POST,
    cookie: office,
    params: none,
    body: (w) => ({
      kind: "THEMATIC",
      title: "专题学习",
      startDate: today(),
      endDate: today(),
      days: 0.5,
      place: "会议室",
      teacher: "授课人",
      materials: "材料",
      audienceLevels: ["COUNTY"],
      audienceGroupIds: [w.group.id],
      deputyIds: [w.deputies[0].id],
    }),
  },
  {
    key: "PATCH training-sessions/[id]",
    handler: session.PATCH,
    cookie: office,
    params: training,
    body: (w) => ({ version: w.training.training.version, title: "改名", days: 1.5, place: "新地点" }),
  },
  {
    key: "POST training-sessions/[id]/enrolments",
    handler: enrolments.POST,
    cookie: office,
    params: training,
    body: (w) => ({ deputyIds: [w.spareDeputy.id], audienceLevels: ["CITY"], audienceGroupIds: [w.group.id] }),
  },
  {
    key: "POST training-sessions/[id]/attendance",
    handler: attendance.POST,
    cookie: office,
    params: training,
    body: (w) => ({ entries: [{ deputyId: w.deputies[2].id, attendance: "PRESENT" }] }),
  },
  {
    key: "POST training-sessions/[id]/assessments",
    handler: assessments.POST,
    cookie: office,
    params: training,
    body: (w) => ({ assessedOn: today(), entries: [{ deputyId: w.deputies[2].id, score: 90, reflection: "心得" }] }),
  },
  {
    key: "POST training-sessions/[id]/leave",
    handler: leave.POST,
    cookie: (w) => w.cookie.DEPUTY,
    params: training,
    body: () => ({ reason: "外出开会" }),
    baseFirst: true,
  },
  {
    key: "POST training-sessions/[id]/leave/[leaveId]",
    handler: decide.POST,
    cookie: (w) => w.cookie.CHAIR,
    params: (w) => ({ id: w.training.training.id, leaveId: w.training.pending.id }),
    body: () => ({ decision: "REJECTED", note: "工作需要" }),
  },
];
