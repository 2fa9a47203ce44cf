// The audit catalogue: every action an audit row may name, each with its Chinese label. recordAudit
// takes only these names, and a name without a label fails the type check. A new module adds its
// actions here (names only: the kernel imports no domain). Names are `<record>.<past tense>`.

/** Edits to a session; the same edit made after the session closed is audited as `…_after_close`. */
const SESSION_EDIT_LABELS = {
  "session.created": "筹备人代会",
  "session.updated": "修改人代会信息",
  "session.checklist_updated": "更新筹备清单",
  "session.agenda_added": "新增议程",
  "session.agenda_updated": "修改议程",
  "session.attendance_recorded": "登记出席情况",
  "session.vote_recorded": "登记表决结果",
  "session.election_created": "新建选举",
  "session.round_recorded": "登记选举计票结果",
  "session.vote_corrected": "更正表决结果",
  "session.vote_revoked": "作废表决结果",
  "session.round_corrected": "更正选举计票结果",
  "session.round_revoked": "作废选举计票结果",
  "session.nominees_added": "另行选举提名候选人",
  "session.election_deferred": "另行选举改在下次会议进行",
  "session.document_uploaded": "上传会议文件",
  "session.document_deleted": "删除会议文件",
} as const;

export type SessionEditAction = keyof typeof SESSION_EDIT_LABELS;
type AfterClose = `${SessionEditAction}_after_close`;

const AFTER_CLOSE_LABELS = Object.fromEntries(
  Object.entries(SESSION_EDIT_LABELS).map(([action, label]) => [`${action}_after_close`, `闭会后${label}`]),
) as Record<AfterClose, string>;

const LABELS = {
  "auth.signed_in": "登录成功",
  "auth.sign_in_failed": "登录失败",
  "auth.sign_in_locked": "锁定期间尝试登录",
  "auth.signed_out": "退出登录",
  "auth.denied": "越权访问被拒绝",
  "user.created": "新建账号",
  "user.updated": "修改账号",
  "user.corrected": "更正账号姓名或角色",
  "user.password_reset": "重置密码",
  "user.password_changed": "修改本人密码",
  "user.unlocked": "解除登录锁定",
  "unit.created": "新建承办单位",
  "unit.updated": "修改承办单位",
  "unit.corrected": "更正承办单位联系人或电话",
  "demo.seeded": "导入演示数据",
  "calendar.override_added": "调整工作日历",
  "calendar.override_removed": "删除工作日历调整",
  "deputy.created": "新增代表",
  "deputy.updated": "修改代表信息",
  "deputy.status_changed": "代表状态变动",
  "deputy.status_corrected": "更正误录的代表状态变动",
  "deputy.imported": "导入代表名册",
  "deputy.dictionaries_mapped": "民族、政治面貌、文化程度统一为国家标准名称",
  "deputy.exported": "导出代表名册（含身份证号等个人信息）",
  "deputy.photo_updated": "上传代表照片",
  "deputy.photo_deleted": "删除代表照片",
  "group.created": "新建代表小组",
  "group.updated": "修改代表小组",
  "group.checked": "代表小组达标检查",
  "term.created": "新建届次",
  "presidium_link.updated": "调整联系代表",
  "session.opened": "人代会开幕",
  "session.closed": "人代会闭会",
  "session.opening_revoked": "撤销人代会开幕",
  "session.corrected": "更正人代会记录",
  "session.template_updated": "修改筹备清单模板",
  "presidium_meeting.created": "登记主席团会议",
  "suggestion.created": "提出建议",
  "suggestion.updated": "修改建议",
  "suggestion.submitted": "提交建议",
  "suggestion.withdrawn": "撤回建议",
  "suggestion.registered": "登记建议",
  "suggestion.merged": "合并建议",
  "suggestion.motion_decided": "议案处理决定",
  "suggestion.assigned": "交办建议",
  "suggestion.returned": "退回交办",
  "suggestion.progress_noted": "记录办理进展",
  "suggestion.contact_recorded": "记录联系代表情况",
  "suggestion.delayed": "提交延办反馈书",
  "suggestion.replied": "答复建议",
  "suggestion.closed": "建议办结",
  "suggestion.published": "公开办理结果",
  "suggestion.rated": "代表评价答复",
  "suggestion.signed_off": "签发交办",
  "suggestion.co_input_submitted": "提交协办意见",
  "suggestion.attachment_uploaded": "上传建议附件",
  "suggestion.attachment_deleted": "删除建议附件",
  "suggestion_category.created": "新增建议类别",
  "suggestion_category.renamed": "修改建议类别名称",
  "suggestion_category.moved": "调整建议类别顺序",
  "suggestion_category.deactivated": "停用建议类别",
  "suggestion_category.reactivated": "启用建议类别",
  "suggestion_category.deleted": "删除建议类别",
  "suggestion.disclosure_exported": "导出建议办理情况公开",
  "suggestion.report_exported": "导出建议办理情况报告",
  "supervision.created": "新建监督活动方案",
  "supervision.updated": "修改监督活动方案",
  "supervision.approved": "批准监督活动方案",
  "supervision.started": "开始监督活动",
  "supervision.concluded": "结束监督活动",
  "supervision.attendance_recorded": "登记监督活动出席情况",
  "supervision.document_uploaded": "上传监督活动材料",
  "supervision.document_deleted": "删除监督活动材料",
  "supervision.poll_opened": "开启民主测评",
  "supervision.poll_closed": "结束民主测评",
  "supervision.ballot_cast": "代表网上测评投票（不记录所投意见）",
  "supervision.paper_counts_entered": "录入纸质测评票数",
  "supervision.finding_added": "登记监督发现的问题",
  "supervision.finding_updated": "修改监督发现的问题",
  "supervision.finding_deleted": "删除监督发现的问题",
  "supervision.opinion_added": "新增审议意见",
  "supervision.opinion_updated": "修改审议意见",
  "supervision.opinion_deleted": "删除审议意见",
  "supervision.opinion_sent": "送达审议意见（交办整改）",
  "supervision.suggestion_created": "从监督活动提出建议",
  "supervision.repoll_created": "发起整改后再测评",
  "rectification.reported": "提交整改报告",
  "rectification.accepted": "验收整改",
  "rectification.returned": "退回整改报告",
  "rectification.reminded": "催办整改",
  "rectification.visited": "登记整改回访",
  "rectification.attachment_uploaded": "上传整改报告附件",
  "supervision.report_exported": "导出监督活动报告",
  "supervision.table_exported": "导出年度监督工作统计表",
} as const;

/** Every action an audit row may name. */
export type AuditAction = keyof typeof LABELS | SessionEditAction | AfterClose;

export const AUDIT_ACTION_LABELS = {
  ...LABELS,
  ...SESSION_EDIT_LABELS,
  ...AFTER_CLOSE_LABELS,
} as const satisfies Record<AuditAction, string>;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

/** The label of a stored action; rows written before an action was renamed show their raw name. */
export const auditActionLabel = (action: string): string =>
  (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
