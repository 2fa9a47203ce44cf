import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, optionalText, patternText, requiredText, searchText, uuid, version } from "@/lib/http/fields";
import { dictionaryNames, dictionaryValue, type DictionaryField } from "@/lib/roster/dictionaries";
import { withReason } from "@/lib/audit/correction-reason";
// The constants live with the labels, so a client form can use them without loading zod.
import { GROUP_KINDS, LEVELS } from "@/lib/roster/labels";
import { STANDARD_ITEMS } from "@/lib/roster/rules";
import { idNumberBirthDate, idNumberGender, isValidIdNumber } from "@/lib/text/id-number";

export { GROUP_KINDS, LEVELS };

export const GENDERS = ["MALE", "FEMALE"] as const;
export const STATUSES = ["SITTING", "RESIGNED", "TRANSFERRED", "RECALLED", "DECEASED"] as const;

const text = requiredText;

/** A list of the registration form (lib/roster/dictionaries.ts): common spellings become the official name. */
const dictionaryText = (label: string, field: DictionaryField, standard: string, max: number) => {
  const names = new Set(dictionaryNames(field));
  return text(label, max)
    .transform((v) => dictionaryValue(field, v) ?? v)
    .refine((v) => names.has(v), `不是${standard}中的名称，请从列表中选择`)
    .describe(label);
};
const Phone = patternText("联系电话", /^[0-9+\- ]{5,20}$/, "格式不正确（5–20 位数字）");

const DeputyFields = z.object({
  name: text("姓名", 50),
  gender: z.enum(GENDERS, { error: "请选择性别（男/女）" }).describe("性别"),
  birthDate: DayText.describe("出生日期"),
  ethnicity: dictionaryText("民族", "ethnicity", "GB 3304 民族名称", 20),
  party: dictionaryText("政治面貌", "party", "GB/T 4762 政治面貌", 30),
  education: dictionaryText("文化程度", "education", "GB/T 4658 学历", 30),
  occupation: text("职业", 100),
  workUnit: optionalText("工作单位", 100),
  phone: Phone.nullish()
    .or(z.literal(""))
    .transform((v) => v || null)
    .describe("联系电话"),
  address: optionalText("住址", 200),
  idNumber: patternText("身份证号", /^[0-9Xx]*$/, "不是有效的 18 位身份证号（校验位不符）")
    .toUpperCase()
    .refine((v) => v === "" || isValidIdNumber(v), "不是有效的 18 位身份证号（校验位不符）")
    .nullish()
    .transform((v) => v || null)
    .describe("身份证号"),
  constituency: text("选区", 50),
  levels: z
    .array(z.enum(LEVELS, { error: "代表层级只能是 镇/县/市/州" }))
    .min(1, "至少选择一个代表层级")
    .max(4)
    .describe("代表层级"),
  groupId: blankAs(null, uuid("代表小组", "请选择代表小组").nullish())
    .transform((v) => v || null)
    .describe("代表小组"),
  joinMethod: z.enum(["ELECTION", "BY_ELECTION"], { error: "请选择产生方式" }).default("ELECTION").describe("产生方式"),
  startDate: blankAs(undefined, DayText.optional()).describe("任职日期"),
});

/** The ID number, when given, must agree with the birth date and gender entered (zodFields adds the label). */
function idAgrees(v: { idNumber?: string | null; birthDate?: string; gender?: string }, ctx: z.RefinementCtx) {
  if (!v.idNumber || !isValidIdNumber(v.idNumber)) return;
  const birth = idNumberBirthDate(v.idNumber)!;
  if (v.birthDate && birth.toISOString().slice(0, 10) !== v.birthDate)
    ctx.addIssue({ code: "custom", path: ["idNumber"], message: "与出生日期不一致" });
  if (v.gender && idNumberGender(v.idNumber) !== v.gender)
    ctx.addIssue({ code: "custom", path: ["idNumber"], message: "与性别不一致" });
}

export const DeputyCreateInput = DeputyFields.strict().superRefine(idAgrees);
export type DeputyCreateInput = z.infer<typeof DeputyCreateInput>;
export type DeputyCreateForm = z.input<typeof DeputyCreateInput>;

// A partial update carries only the fields sent: no default join method overwriting a 补选 deputy's.
export const DeputyUpdateInput = DeputyFields.partial()
  .extend({
    joinMethod: z.enum(["ELECTION", "BY_ELECTION"], { error: "请选择产生方式" }).optional().describe("产生方式"),
    version,
  })
  .strict()
  .superRefine(idAgrees);
export type DeputyUpdateInput = z.infer<typeof DeputyUpdateInput>;

/** What a deputy may change in their own record. */
export const DeputySelfUpdateInput = z
  .object({
    // Optional: changing one must not clear the other.
    phone: DeputyFields.shape.phone.optional(),
    address: DeputyFields.shape.address.optional(),
    version,
  })
  .strict();
export type DeputySelfUpdateInput = z.infer<typeof DeputySelfUpdateInput>;

export const DeputyStatusInput = z
  .object({
    status: z
      .enum(["RESIGNED", "TRANSFERRED", "RECALLED", "DECEASED"], { error: "请选择变动类型（辞职、调离、罢免、去世）" })
      .describe("变动类型"),
    effectiveDate: DayText.describe("生效日期"),
    reason: optionalText("原因", 500),
  })
  .strict();
export type DeputyStatusInput = z.infer<typeof DeputyStatusInput>;

/** 更正 a status change entered by mistake (a 调离 or 辞职 that did not happen): which one, and why. */
export const DeputyStatusCorrectionInput = z
  .object({
    changeId: uuid("变动记录", "请选择要更正的变动记录"),
    version,
    ...withReason,
  })
  .strict();
export type DeputyStatusCorrectionInput = z.infer<typeof DeputyStatusCorrectionInput>;

export const DEPUTY_SORTS = ["name", "birthDate", "constituency", "startDate"] as const;

export const DeputyListQuery = PageQuery.extend({
  q: searchText("姓名", 50),
  termId: uuid("届次", "届次格式不正确").optional().describe("届次"),
  groupId: uuid("代表小组", "代表小组格式不正确").optional().describe("代表小组"),
  level: z.enum(LEVELS, { error: "代表层级不正确" }).optional().describe("代表层级"),
  status: z.enum(STATUSES, { error: "状态不正确" }).optional().describe("状态"),
  constituency: searchText("选区", 50),
  party: searchText("政治面貌", 30),
  /** Only deputies whose 民族, 政治面貌 or 文化程度 is not in its list (kept from free text: 待核对). */
  review: z.literal("1", { error: "待核对筛选不正确" }).optional().describe("待核对"),
  sort: z.enum(DEPUTY_SORTS, { error: "排序字段不正确" }).default("name").describe("排序"),
  order: z.enum(["asc", "desc"], { error: "排序方向不正确" }).default("asc").describe("排序方向"),
});
export type DeputyListQuery = z.infer<typeof DeputyListQuery>;

export const GroupInput = z
  .object({
    name: text("名称", 100),
    kind: z.enum(GROUP_KINDS, { error: "请选择类型" }).describe("类型"),
    venue: optionalText("活动场所", 200),
    leaderId: blankAs(null, uuid("组长", "请选择组长").nullish())
      .transform((v) => v || null)
      .describe("组长"),
    liaisonName: optionalText("联络员", 50),
    liaisonPhone: Phone.nullish()
      .or(z.literal(""))
      .transform((v) => v || null)
      .describe("联络员电话"),
    memberIds: z.array(uuid("成员")).max(500).optional().describe("成员"),
  })
  .strict();
export type GroupInput = z.infer<typeof GroupInput>;

/** PATCH /api/v1/groups/{id}: the group as GroupInput, at the version the form read. */
export const GroupUpdateInput = GroupInput.extend({ version });

export const GroupCheckInput = z
  .object({
    checkedOn: DayText.describe("检查日期"),
    items: z
      .array(z.enum(Object.keys(STANDARD_ITEMS) as [keyof typeof STANDARD_ITEMS, ...(keyof typeof STANDARD_ITEMS)[]]))
      .max(5)
      .describe("达标项目"),
    note: optionalText("备注", 500),
  })
  .strict();
export type GroupCheckInput = z.infer<typeof GroupCheckInput>;

export const TermCreateInput = z
  .object({
    number: z
      .number({ error: "请填写届次" })
      .int("届次应为整数")
      .min(1, "届次至少为 1")
      .max(99, "届次不超过 99")
      .describe("届次"),
    startDate: DayText.describe("开始日期"),
    endDate: blankAs(undefined, DayText.optional()).describe("结束日期"),
    copyDeputyIds: z.array(uuid("连任代表")).max(1000).default([]).describe("连任代表"),
  })
  .strict()
  .refine((v) => !v.endDate || v.endDate > v.startDate, { path: ["endDate"], message: "应晚于开始日期" });
export type TermCreateInput = z.infer<typeof TermCreateInput>;

export const PresidiumLinksInput = z
  .object({ deputyIds: z.array(uuid("联系代表", "代表编号格式不正确")).max(100).describe("联系代表") })
  .strict();
export type PresidiumLinksInput = z.infer<typeof PresidiumLinksInput>;

/** 选区 of a term: the name unique in the term, what it covers and its voters (both optional). */
export const ConstituencyInput = z
  .object({
    name: text("选区名称", 50),
    description: optionalText("选区范围", 500),
    voterCount: blankAs(
      null,
      z.number({ error: "请填写整数" }).int("应为整数").min(0, "不能为负数").max(1_000_000, "不超过 1000000").nullish(),
    )
      .transform((v) => v ?? null)
      .describe("选民数"),
  })
  .strict();
export type ConstituencyInput = z.infer<typeof ConstituencyInput>;
export type ConstituencyForm = z.input<typeof ConstituencyInput>;

export const ConstituencyCreateInput = ConstituencyInput.extend({
  termId: uuid("届次", "届次格式不正确").optional().describe("届次"),
}).strict();
export type ConstituencyCreateInput = z.infer<typeof ConstituencyCreateInput>;

export const ConstituencyUpdateInput = ConstituencyInput.extend({ version }).strict();
export type ConstituencyUpdateInput = z.infer<typeof ConstituencyUpdateInput>;

export const ConstituencyListQuery = z.object({
  termId: uuid("届次", "届次格式不正确").optional().describe("届次"),
});
