import type { Role, UnitKind } from "@/lib/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = {
  OFFICE: "人大办工作人员",
  CHAIR: "人大主席/副主席",
  PRESIDIUM: "主席团成员",
  DEPUTY: "人大代表",
  UNIT: "承办单位",
};

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  GOVERNMENT_OFFICE: "镇政府内设机构",
  STATION: "站所",
  DEPARTMENT_BRANCH: "县直派驻机构",
  OTHER: "其他",
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.signed_in": "登录成功",
  "auth.sign_in_failed": "登录失败",
  "auth.sign_in_locked": "锁定期间尝试登录",
  "auth.signed_out": "退出登录",
  "auth.denied": "越权访问被拒绝",
  "user.created": "新建账号",
  "user.updated": "修改账号",
  "user.password_reset": "重置密码",
  "user.password_changed": "修改本人密码",
  "unit.created": "新建承办单位",
  "unit.updated": "修改承办单位",
  "demo.seeded": "导入演示数据",
};
