// A readable before/after of an audit row: each field under its Chinese label, values formatted
// (dates, yes/no, lists), only what changed — instead of raw JSON. Field names are generic words,
// so the labels live here in the kernel; a domain's coded values (states, roles) are labelled by
// the caller, which may read every domain's labels (app/, components/).
import { formatDate, formatDateTime } from "@/lib/time/format";

export const FIELD_LABELS: Record<string, string> = {
  name: "名称",
  title: "标题",
  content: "内容",
  kind: "类型",
  state: "状态",
  status: "状态",
  fromState: "原状态",
  toState: "新状态",
  number: "编号",
  year: "年份",
  note: "说明",
  reason: "原因",
  rating: "评价",
  comment: "意见",
  replyClass: "答复类别",
  deadline: "办理期限",
  delayedTo: "延期至",
  assignedOn: "交办日期",
  broad: "涉及面广",
  published: "已公开",
  signedOffAt: "签发时间",
  leadUnitId: "主办单位",
  coUnitIds: "协办单位",
  unitId: "承办单位",
  categoryId: "类别",
  sessionId: "会议",
  deputyId: "代表",
  proposers: "提出代表",
  ids: "涉及记录",
  username: "用户名",
  displayName: "姓名",
  role: "角色",
  active: "在用",
  mustChangePassword: "须修改密码",
  wasLocked: "曾被锁定",
  gender: "性别",
  birthDate: "出生日期",
  ethnicity: "民族",
  party: "政治面貌",
  education: "文化程度",
  occupation: "职业",
  workUnit: "工作单位",
  constituency: "选区",
  levels: "代表层级",
  phone: "联系电话",
  address: "地址",
  idNumber: "身份证号",
  groupId: "代表小组",
  memberIds: "成员",
  deputyIds: "联系代表",
  startDate: "开始日期",
  endDate: "结束日期",
  effectiveDate: "生效日期",
  leftDate: "离任日期",
  joinMethod: "产生方式",
  venue: "地点",
  date: "日期",
  topics: "议题",
  decisions: "决定事项",
  attendees: "出席人员",
  minutes: "纪要",
  contactName: "联系人",
  contactPhone: "联系电话",
  filename: "文件名",
  size: "大小（字节）",
  count: "条数",
  rows: "行数",
  method: "请求方法",
  path: "地址",
  repeated: "重复次数",
  requestedBy: "提议代表人数",
  position: "顺序",
  dueDate: "完成期限",
  done: "已完成",
  owner: "负责人",
  result: "结果",
  passed: "通过",
  votesFor: "赞成票",
  votesAgainst: "反对票",
  votesAbstain: "弃权票",
  half: "半年",
  format: "格式",
};

/** Fields that say nothing to a reader: keys, versions and bookkeeping timestamps. */
const HIDDEN = new Set([
  "id",
  "townshipId",
  "version",
  "createdAt",
  "updatedAt",
  "passwordHash",
  "storageKey",
  "photoKey",
]);

export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

type ValueLabel = (value: string) => string | undefined;

const DAY = /^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One value as a reader sees it: 是/否, a date, a labelled code, a list joined with 、. */
export function formatAuditValue(v: unknown, label: ValueLabel = () => undefined): string {
  if (v === null || v === undefined || v === "") return "（空）";
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.length ? v.map((x) => formatAuditValue(x, label)).join("、") : "（无）";
  if (typeof v === "string") {
    if (DAY.test(v)) return formatDate(new Date(v.length === 10 ? `${v}T00:00:00Z` : v));
    if (INSTANT.test(v)) return formatDateTime(new Date(v));
    if (UUID.test(v)) return `编号 ${v.slice(0, 8)}`;
    return label(v) ?? v;
  }
  return Object.entries(v as Record<string, unknown>)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, x]) => `${FIELD_LABELS[k] ?? k}：${formatAuditValue(x, label)}`)
    .join("；");
}

const asRecord = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : v == null ? {} : { value: v };

/**
 * The fields that changed, in the order they first appear: a created record lists what it was
 * created with (before null), a removed one what it had (after null).
 */
export function auditChanges(before: unknown, after: unknown, label?: ValueLabel): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !HIDDEN.has(f));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = before == null || !(field in b) ? null : formatAuditValue(b[field], label);
    const now = after == null || !(field in a) ? null : formatAuditValue(a[field], label);
    if (was === now) continue;
    changes.push({ field, label: FIELD_LABELS[field] ?? field, before: was, after: now });
  }
  return changes;
}

/** What kind of record a row is about, in words. */
export const RECORD_TYPE_LABELS: Record<string, string> = {
  AgendaItem: "议程",
  CalendarOverride: "工作日历",
  ChecklistTemplateItem: "筹备清单模板",
  CongressSession: "人代会",
  Deputy: "代表",
  Election: "选举",
  ElectionRound: "选举轮次",
  HandlingUnit: "承办单位",
  PresidiumMeeting: "主席团会议",
  RepresentativeGroup: "代表小组",
  Route: "访问",
  SessionChecklistItem: "筹备清单",
  SessionDocument: "会议文件",
  SessionVote: "表决",
  Suggestion: "代表建议",
  SuggestionAttachment: "建议附件",
  SuggestionCategory: "建议类别",
  Term: "届次",
  User: "账号",
};
