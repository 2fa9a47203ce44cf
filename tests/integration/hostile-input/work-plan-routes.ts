// The year plan's write routes for the hostile-input properties (routes.ts spreads them into WRITE_CASES).
import * as plans from "@/app/api/v1/work-plans/route";
import * as next from "@/app/api/v1/work-plans/draft-next/route";
import * as plan from "@/app/api/v1/work-plans/[id]/route";
import * as approve from "@/app/api/v1/work-plans/[id]/approve/route";
import * as items from "@/app/api/v1/work-plans/[id]/items/route";
import * as order from "@/app/api/v1/work-plans/[id]/items/order/route";
import * as item from "@/app/api/v1/work-plans/[id]/items/[itemId]/route";
import * as links from "@/app/api/v1/work-plans/[id]/items/[itemId]/links/route";
import * as link from "@/app/api/v1/work-plans/[id]/items/[itemId]/links/[linkId]/route";
import type { WriteCase } from "./routes";

type W = Parameters<WriteCase["cookie"]>[0];
const none = () => ({});
const office = (w: W) => w.office;
const planOf = (w: W) => ({ id: w.workPlan.plan.id });
const itemOf = (w: W, i = 0) => ({ id: w.workPlan.plan.id, itemId: w.workPlan.items[i].id });

export const WORK_PLAN_WRITE_CASES: WriteCase[] = [
  {
    key: "POST work-plans",
    handler: plans.POST,
    cookie: office,
    params: none,
    body: () => ({
      year: 2029,
      title: "2029年工作要点",
      preamble: "指导思想",
      items: [{ month: 3, title: "召开人代会", content: "审议报告", responsible: "主席团", module: "SESSION" }],
    }),
  },
  {
    key: "POST work-plans/draft-next",
    handler: next.POST,
    cookie: office,
    params: none,
    body: (w) => ({ fromPlanId: w.workPlan.plan.id, lines: ["推进代表之家建设"] }),
  },
  {
    key: "PATCH work-plans/[id]",
    handler: plan.PATCH,
    cookie: office,
    params: planOf,
    body: (w) => ({ version: w.workPlan.plan.version, title: "改名", preamble: "新的指导思想" }),
  },
  {
    key: "POST work-plans/[id]/approve",
    handler: approve.POST,
    cookie: (w) => w.cookie.CHAIR,
    params: planOf,
    body: (w) => ({ version: w.workPlan.plan.version, approvedOn: "2026-12-01", approvalNote: "党委会议审定" }),
  },
  {
    key: "POST work-plans/[id]/items",
    handler: items.POST,
    cookie: office,
    params: planOf,
    body: (w) => ({
      version: w.workPlan.plan.version,
      month: 5,
      title: "视察农村公路",
      content: "组织代表视察",
      responsible: "副主席",
      module: "SUPERVISION",
    }),
  },
  {
    key: "PUT work-plans/[id]/items/order",
    handler: order.PUT,
    cookie: office,
    params: planOf,
    body: (w) => ({ version: w.workPlan.plan.version, order: [w.workPlan.items[1].id, w.workPlan.items[0].id] }),
  },
  {
    key: "PATCH work-plans/[id]/items/[itemId]",
    handler: item.PATCH,
    cookie: office,
    params: (w) => itemOf(w),
    body: (w) => ({ version: w.workPlan.items[0].version, month: 4, status: "DONE", statusNote: "已召开" }),
  },
  {
    key: "DELETE work-plans/[id]/items/[itemId]",
    handler: item.DELETE,
    cookie: office,
    params: (w) => itemOf(w, 1),
    body: (w) => ({ version: w.workPlan.plan.version }),
  },
  {
    key: "POST work-plans/[id]/items/[itemId]/links",
    handler: links.POST,
    cookie: office,
    params: (w) => itemOf(w, 1),
    body: (w) => ({ module: "SESSION", recordId: w.preparing }),
  },
  {
    key: "DELETE work-plans/[id]/items/[itemId]/links/[linkId]",
    handler: link.DELETE,
    cookie: office,
    params: (w) => ({ ...itemOf(w), linkId: w.workPlan.linkId }),
    body: none,
    carrier: "none",
  },
];
