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

/** A page of a section: its address, its label and the permission that shows it. */
type Page = readonly [href: string, label: string, permission: Action];

/**
 * The navigation in sections, in this order, as one list: each section's id and label, then its pages. A module adds
 * its pages to its section; an entry shows only to roles the policy lets open it, and a section only when one of its
 * entries shows.
 */
const SECTIONS: readonly (readonly [NavSectionId, string, readonly Page[]])[] = [
  [
    "roster",
    "名册",
    [
      ["/deputies", "代表名册", "deputy.list"],
      ["/groups", "代表小组", "group.list"],
      ["/presidium-links", "联系代表", "presidium_link.list"],
      ["/terms", "届次", "term.list"],
      ["/constituencies", "选区", "constituency.list"],
      // 履职档案 (代表法 第五十八条第二款): a deputy's own record, and the year's 公示 for everyone.
      ["/my-record", "我的履职档案", "deputy_record.own"],
      ["/duty-records", "履职公示", "deputy_record.public_view"],
    ],
  ],
  [
    "sessions",
    "会议",
    [
      ["/sessions", "人代会", "session.list"],
      ["/presidium-meetings", "主席团会议", "presidium_meeting.list"],
    ],
  ],
  [
    "suggestions",
    "建议",
    [
      ["/suggestions", "代表建议", "suggestion.list"],
      ["/suggestions/reminders", "建议催办", "suggestion.reminders"],
    ],
  ],
  [
    "supervision",
    "监督",
    [
      ["/supervision", "监督活动", "supervision.list"],
      ["/rectifications", "整改任务", "rectification.list"],
      ["/inbox", "本单位收件箱", "inbox.view"],
      ["/supervision/figures", "监督统计", "supervision.figures"],
    ],
  ],
  [
    "petitions",
    "信访",
    [
      ["/reception-days", "接待选民日", "reception.list"],
      ["/petitions", "信访件", "petition.list"],
      ["/petitions/figures", "信访统计", "petition.figures"],
    ],
  ],
  ["training", "培训", [["/training", "代表培训", "training.list"]]],
  [
    "duties",
    "履职",
    [
      ["/groups/activities", "小组活动", "group_activity.list"],
      ["/duties", "履职登记", "duty.list"],
      ["/voter-reports", "向选民述职", "voter_report.list"],
    ],
  ],
  [
    "annual",
    "年度",
    [
      ["/dashboard", "年度概览", "dashboard.year"],
      ["/work-plans", "工作要点", "work_plan.list"],
      ["/summary", "年度总结", "summary.view"],
      ["/documents", "收发文登记", "document.list"],
      ["/archive", "年度归档", "archive.view"],
      ["/publicity", "宣传", "publicity.list"],
      // 县人大: the county's townships side by side (lib/county).
      ["/county", "各乡镇年度概况", "county.view"],
    ],
  ],
  [
    "system",
    "系统",
    [
      ["/units", "承办单位", "unit.list"],
      ["/users", "账号管理", "user.list"],
      ["/audit", "审计日志", "audit.list"],
      ["/settings/calendar", "工作日历", "calendar.view"],
      ["/account/password", "修改密码", "account.change_password"],
    ],
  ],
];

/** The navigation in sections (SECTIONS read into records). */
export const NAV_SECTIONS: NavSection[] = SECTIONS.map(([id, label, pages]) => ({
  id,
  label,
  items: pages.map(([href, label, permission]) => ({ href, label, permission })),
}));

/** The sections this actor sees, each with only the entries `allowed` lets through; empty sections dropped. */
export function visibleSections(allowed: (permission: Action) => boolean): NavSection[] {
  return NAV_SECTIONS.map((s) => ({ ...s, items: s.items.filter((i) => allowed(i.permission)) })).filter(
    (s) => s.items.length > 0,
  );
}
