import type { Action } from "@/lib/auth/permissions";

/** The navigation: each entry shows only to roles the policy lets open it. */
export const NAV_ITEMS: { href: string; label: string; permission: Action }[] = [
  { href: "/", label: "首页", permission: "dashboard.view" },
  { href: "/deputies", label: "代表名册", permission: "deputy.list" },
  { href: "/sessions", label: "人代会", permission: "session.list" },
  { href: "/suggestions", label: "代表建议", permission: "suggestion.list" },
  { href: "/suggestions/reminders", label: "建议催办", permission: "suggestion.reminders" },
  { href: "/presidium-meetings", label: "主席团会议", permission: "presidium_meeting.list" },
  { href: "/groups", label: "代表小组", permission: "group.list" },
  { href: "/presidium-links", label: "联系代表", permission: "presidium_link.list" },
  { href: "/terms", label: "届次", permission: "term.list" },
  { href: "/units", label: "承办单位", permission: "unit.list" },
  { href: "/users", label: "账号管理", permission: "user.list" },
  { href: "/audit", label: "审计日志", permission: "audit.list" },
  { href: "/settings/calendar", label: "工作日历", permission: "calendar.view" },
  { href: "/account/password", label: "修改密码", permission: "account.change_password" },
];
