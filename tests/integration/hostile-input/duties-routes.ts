// The duty register and 述职 write routes for the hostile-input properties (routes.ts spreads them into WRITE_CASES).
import * as duties from "@/app/api/v1/duties/route";
import * as duty from "@/app/api/v1/duties/[id]/route";
import * as review from "@/app/api/v1/duties/[id]/review/route";
import * as photos from "@/app/api/v1/duties/[id]/photos/route";
import * as dutyPhoto from "@/app/api/v1/duties/[id]/photos/[photoId]/route";
import * as reports from "@/app/api/v1/voter-reports/route";
import * as report from "@/app/api/v1/voter-reports/[id]/route";
import * as rating from "@/app/api/v1/voter-reports/[id]/rating/route";
import * as activities from "@/app/api/v1/group-activities/route";
import * as activity from "@/app/api/v1/group-activities/[id]/route";
import * as activityPhotos from "@/app/api/v1/group-activities/[id]/photos/route";
import * as activityPhoto from "@/app/api/v1/group-activities/[id]/photos/[photoId]/route";
import * as activitySuggestions from "@/app/api/v1/group-activities/[id]/suggestions/route";
import * as plans from "@/app/api/v1/group-activities/plans/route";
import type { WriteCase } from "./routes";

const none = () => ({});
const NIL = "00000000-0000-4000-8000-000000000000";
const office = (w: Parameters<WriteCase["cookie"]>[0]) => w.office;
const deputy = (w: Parameters<WriteCase["cookie"]>[0]) => w.cookie.DEPUTY;
const entry = {
  kind: "POVERTY_HELP",
  occurredOn: "2026-10-12",
  description: "帮扶困难户",
  households: 1,
  persons: 3,
  incomeRaised: 1200.5,
};

export const DUTIES_WRITE_CASES: WriteCase[] = [
  { key: "POST duties", handler: duties.POST, cookie: deputy, params: none, body: () => entry },
  {
    key: "PATCH duties/[id]",
    handler: duty.PATCH,
    cookie: deputy,
    params: (w) => ({ id: w.duties.entry.id }),
    body: (w) => ({ ...entry, version: w.duties.entry.version }),
  },
  {
    key: "POST duties/[id]/review",
    handler: review.POST,
    cookie: office,
    params: (w) => ({ id: w.duties.entry.id }),
    body: (w) => ({ decision: "return", reason: "请补充走访的村组", version: w.duties.entry.version }),
  },
  {
    key: "POST duties/[id]/photos",
    handler: photos.POST,
    cookie: deputy,
    params: (w) => ({ id: w.duties.entry.id }),
    body: none,
    carrier: "none",
    baseStatus: [400],
  },
  {
    key: "DELETE duties/[id]/photos/[photoId]",
    handler: dutyPhoto.DELETE,
    cookie: deputy,
    params: (w) => ({ id: w.duties.entry.id, photoId: NIL }),
    body: none,
    carrier: "none",
  },
  {
    key: "PATCH voter-reports/[id]",
    handler: report.PATCH,
    cookie: office,
    params: (w) => ({ id: w.duties.report.id }),
    body: (w) => ({ scheduledOn: "2026-11-22", place: "村委会", note: "改期", version: w.duties.report.version }),
  },
  {
    key: "POST voter-reports",
    handler: reports.POST,
    cookie: office,
    params: none,
    body: (w) => ({ deputyId: w.deputy.id, scheduledOn: "2026-11-21", place: "村委会", note: "第一次述职" }),
  },
  {
    key: "POST voter-reports/[id]/rating",
    handler: rating.POST,
    cookie: office,
    params: (w) => ({ id: w.duties.report.id }),
    body: (w) => ({
      heldOn: "2026-11-20",
      votersPresent: 40,
      satisfied: 30,
      basic: 5,
      unsatisfied: 1,
      invalid: 1,
      version: w.duties.report.version,
    }),
    baseFirst: true,
  },

  {
    key: "POST group-activities",
    handler: activities.POST,
    cookie: office,
    params: none,
    body: (w) => ({
      groupId: w.group.id,
      heldOn: "2026-10-16",
      place: "村委会",
      topic: "座谈",
      content: "听取意见",
      record: "到会 0 人",
      summary: "小结",
      followUp: "跟踪",
      attendeeIds: [],
    }),
  },
  {
    key: "PATCH group-activities/[id]",
    handler: activity.PATCH,
    cookie: office,
    params: (w) => ({ id: w.duties.activity.id }),
    body: (w) => ({ summary: "已汇总", followUp: "已转交", heldOn: "2026-10-15", version: w.duties.activity.version }),
  },
  {
    key: "POST group-activities/[id]/photos",
    handler: activityPhotos.POST,
    cookie: office,
    params: (w) => ({ id: w.duties.activity.id }),
    body: none,
    carrier: "none",
    baseStatus: [400],
  },
  {
    key: "DELETE group-activities/[id]/photos/[photoId]",
    handler: activityPhoto.DELETE,
    cookie: office,
    params: (w) => ({ id: w.duties.activity.id, photoId: NIL }),
    body: none,
    carrier: "none",
  },
  {
    key: "POST group-activities/[id]/suggestions",
    handler: activitySuggestions.POST,
    cookie: office,
    params: (w) => ({ id: w.duties.activity.id }),
    body: (w) => ({ title: "修缮村道", content: "村道破损", categoryId: w.category.id, deputyId: w.deputy.id }),
  },
  {
    key: "PUT group-activities/plans",
    handler: plans.PUT,
    cookie: office,
    params: none,
    body: (w) => ({ groupId: w.group.id, year: 2026, quarter: 4, text: "开展调研" }),
  },
];
