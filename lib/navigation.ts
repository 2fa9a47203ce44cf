import type { Action } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  permission: Action;
}

export type NavSectionId =
  "roster" | "sessions" | "suggestions" | "supervision" | "petitions" | "training" | "duties" | "annual" | "system";

export interface NavSection {
  id: NavSectionId;
  label: string;
  items: NavItem[];
}

/** Always first, outside the sections. */
export const HOME_ITEM: NavItem = { href: "/", label: "首页", permission: "dashboard.view" };

/**
 * The navigation in sections, in this order. A module adds its pages to its section; an entry shows
 * only to roles the policy lets open it, and a section only when one of its entries shows
 * (监督 / 信访 / 培训 / 年度 are empty until their modules arrive).
 */
export const NAV_SECTIONS: NavSection[] = [
  {
    id: "roster",
    label: "名册",
    items: [
      { href: "/deputies", label: "代表名册", permission: "deputy.list" },
      { href: "/groups", label: "代表小组", permission: "group.list" },
      { href: "/presidium-links", label: "联系代表", permission: "presidium_link.list" },
      { href: "/terms", label: "届次", permission: "term.list" },
      { href: "/constituencies", label: "选区", permission: "constituency.list" },
      // 履职档案 (代表法 第五十八条第二款): a deputy's own record, and the year's 公示 for everyone.
      { href: "/my-record", label: "我的履职档案", permission: "deputy_record.own" },
      { href: "/duty-records", label: "履职公示", permission: "deputy_record.public_view" },
    ],
  },
  {
    id: "sessions",
    label: "会议",
    items: [
      { href: "/sessions", label: "人代会", permission: "session.list" },
      { href: "/presidium-meetings", label: "主席团会议", permission: "presidium_meeting.list" },
    ],
  },
  {
    id: "suggestions",
    label: "建议",
    items: [
      { href: "/suggestions", label: "代表建议", permission: "suggestion.list" },
      { href: "/suggestions/reminders", label: "建议催办", permission: "suggestion.reminders" },
    ],
  },
  {
    id: "supervision",
    label: "监督",
    items: [
      { href: "/supervision", label: "监督活动", permission: "supervision.list" },
      { href: "/rectifications", label: "整改任务", permission: "rectification.list" },
      { href: "/inbox", label: "本单位收件箱", permission: "inbox.view" },
      { href: "/supervision/figures", label: "监督统计", permission: "supervision.figures" },
    ],
  },
  {
    id: "petitions",
    label: "信访",
    items: [
      { href: "/reception-days", label: "接待选民日", permission: "reception.list" },
      { href: "/petitions", label: "信访件", permission: "petition.list" },
      { href: "/petitions/figures", label: "信访统计", permission: "petition.figures" },
    ],
  },
  {
    id: "training",
    label: "培训",
    items: [{ href: "/training", label: "代表培训", permission: "training.list" }],
  },
  {
    id: "duties",
    label: "履职",
    items: [
      { href: "/groups/activities", label: "小组活动", permission: "group_activity.list" },
      { href: "/duties", label: "履职登记", permission: "duty.list" },
      { href: "/voter-reports", label: "向选民述职", permission: "voter_report.list" },
    ],
  },
  {
    id: "annual",
    label: "年度",
    items: [
      { href: "/dashboard", label: "年度概览", permission: "dashboard.year" },
      { href: "/work-plans", label: "工作要点", permission: "work_plan.list" },
      { href: "/summary", label: "年度总结", permission: "summary.view" },
      { href: "/documents", label: "收发文登记", permission: "document.list" },
      { href: "/archive", label: "年度归档", permission: "archive.view" },
      { href: "/publicity", label: "宣传", permission: "publicity.list" },
      // 县人大: the county's townships side by side (lib/county).
      { href: "/county", label: "各乡镇年度概况", permission: "county.view" },
    ],
  },
  {
    id: "system",
    label: "系统",
    items: [
      { href: "/units", label: "承办单位", permission: "unit.list" },
      { href: "/users", label: "账号管理", permission: "user.list" },
      { href: "/audit", label: "审计日志", permission: "audit.list" },
      { href: "/settings/calendar", label: "工作日历", permission: "calendar.view" },
      { href: "/account/password", label: "修改密码", permission: "account.change_password" },
    ],
  },
];

/** The sections this actor sees, each with only the entries `allowed` lets through; empty sections dropped. */
export function visibleSections(allowed: (permission: Action) => boolean): NavSection[] {
  return NAV_SECTIONS.map((s) => ({ ...s, items: s.items.filter((i) => allowed(i.permission)) })).filter(
    (s) => s.items.length > 0,
  );
}
