// Chinese labels of the rectification loop's steps and timeline (client-safe: no database); the states'
// labels are supervision's (lib/supervision/labels.ts).
import type { RectificationStep } from "@/lib/supervision/rectification/rules";

export const RECTIFICATION_STEP_LABELS: Record<RectificationStep, string> = {
  report: "提交整改报告",
  accept: "验收通过",
  return: "退回",
  remind: "催办",
  visit: "回访",
};

/** The timeline's event types. */
export const RECTIFICATION_EVENT_LABELS: Record<string, string> = {
  sent: "送达审议意见",
  reported: "提交整改报告",
  accepted: "验收通过",
  returned: "退回重新整改",
  reminded: "催办",
  visited: "回访",
  overdue: "已逾期（系统提醒）",
};
