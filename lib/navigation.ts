import type { Action } from "@/lib/auth/permissions";

/** The navigation: each entry shows only to roles the policy lets open it. */
export const NAV_ITEMS: { href: string; label: string; permission: Action }[] = [
  { href: "/", label: "首页", permission: "dashboard.view" },
  { href: "/units", label: "承办单位", permission: "unit.list" },
  { href: "/users", label: "账号管理", permission: "user.list" },
  { href: "/audit", label: "审计日志", permission: "audit.list" },
  { href: "/account/password", label: "修改密码", permission: "account.change_password" },
];
