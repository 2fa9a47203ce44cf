import type { DeputyStatus, Gender, GroupKind, JoinMethod, Role, UnitKind } from "@/lib/generated/prisma/enums";

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
  "deputy.created": "新增代表",
  "deputy.updated": "修改代表信息",
  "deputy.status_changed": "代表状态变动",
  "deputy.imported": "导入代表名册",
  "group.created": "新建代表小组",
  "group.updated": "修改代表小组",
  "group.checked": "代表小组达标检查",
  "term.created": "新建届次",
  "presidium_link.updated": "调整联系代表",
};

export const GENDER_LABELS: Record<Gender, string> = { MALE: "男", FEMALE: "女" };

export const DEPUTY_STATUS_LABELS: Record<DeputyStatus, string> = {
  SITTING: "在任",
  RESIGNED: "辞职",
  TRANSFERRED: "调离",
  RECALLED: "罢免",
  DECEASED: "去世",
};

export const JOIN_METHOD_LABELS: Record<JoinMethod, string> = { ELECTION: "换届选举", BY_ELECTION: "补选" };

export const LEVEL_LABELS: Record<string, string> = { TOWNSHIP: "镇", COUNTY: "县", CITY: "市", PREFECTURE: "州" };

export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  GROUP: "代表小组",
  CENTRE_GROUP: "代表中心组",
  DEPUTY_HOME: "代表之家",
  LIAISON_STATION: "联络站（联系点）",
};
