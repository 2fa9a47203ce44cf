// Inputs of the petition record (登记, 修改, the list, the duplicate check, the export): the same zod
// schemas on the registration form and the server, built from lib/http/fields.ts, Chinese messages
// naming the field. Cross-field rules (county transfer, collective visit, accusation) are
// `registrationIssues` in rules.ts, shared by the create schema and the PATCH of a stored record.
import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import {
  DayText,
  occurredOn,
  optionalText,
  patternText,
  plainText,
  requiredText,
  searchText,
  uuid,
  version,
} from "@/lib/http/fields";
import { isValidIdNumber } from "@/lib/text/id-number";
import { isMainlandPhone, normalizePhone } from "@/lib/text/phone";
import {
  PETITION_CATEGORIES,
  PETITION_CHANNELS,
  PETITION_OUTCOMES,
  PETITION_HANDLINGS,
  PETITION_SORTS,
  PETITION_STATES,
} from "@/lib/petitions/labels";
import { registrationIssues } from "@/lib/petitions/rules";

export { PETITION_CATEGORIES, PETITION_CHANNELS, PETITION_SORTS, PETITION_STATES };

export const PHONE_MESSAGE = "不是有效的大陆电话号码（手机 11 位，或区号加座机号码）";
export const ID_NUMBER_MESSAGE = "不是有效的 18 位身份证号（校验位不符）";

const Phone = blankAs(
  null,
  patternText("联系电话", /^[0-9+\-\s()（）#转ext]{5,30}$/, PHONE_MESSAGE)
    .refine(isMainlandPhone, PHONE_MESSAGE)
    .transform(normalizePhone)
    .nullish(),
)
  .transform((v) => v || null)
  .describe("联系电话");

const IdNumber = blankAs(
  null,
  patternText("身份证号", /^[0-9Xx]{1,18}$/, ID_NUMBER_MESSAGE)
    .toUpperCase()
    .refine(isValidIdNumber, ID_NUMBER_MESSAGE)
    .nullish(),
)
  .transform((v) => v || null)
  .describe("身份证号");

/** A petitioner, or a representative of a collective visit (Art. 20). */
export const PetitionerInput = z
  .object({
    name: requiredText("姓名", 50),
    phone: Phone,
    idNumber: IdNumber,
    address: optionalText("住址", 200),
  })
  .strict();
export type PetitionerInput = z.infer<typeof PetitionerInput>;

const RegistrationFields = z.object({
  channel: z.enum(PETITION_CHANNELS, { error: "请选择信访渠道" }).describe("信访渠道"),
  sourceDocNo: optionalText("来文文号", 50),
  sourceDocDate: blankAs(null, DayText.nullish()).describe("来文日期"),
  /** 代录: the day it really arrived (not after today); absent means today. */
  receivedOn: occurredOn("收到日期"),
  subject: requiredText("标题", 200),
  content: requiredText("信访内容", 10000, { keepSpaces: true }),
  category: z.enum(PETITION_CATEGORIES, { error: "请选择信访类别" }).describe("信访类别"),
  collective: z.boolean({ error: "多人走访：只能是 是 或 否" }).default(false).describe("多人走访"),
  visitorCount: blankAs(
    null,
    z.coerce
      .number({ error: "请填写整数" })
      .int("请填写整数")
      .min(2, "多人走访至少 2 人")
      .max(100_000, "人数过大")
      .nullish(),
  ).describe("来访人数"),
  accusedUnitId: blankAs(null, uuid("被检举单位", "请选择被检举单位").nullish()).describe("被检举单位"),
  accusedName: optionalText("被检举人", 100),
  petitioners: z
    .array(PetitionerInput, { error: "请填写信访人" })
    .min(1, "请至少填写一位信访人")
    .max(50, "最多 50 位信访人")
    .describe("信访人"),
  duplicateOfId: blankAs(null, uuid("关联的重复件").nullish()).describe("关联的重复件"),
});

const refineRegistration = (v: Parameters<typeof registrationIssues>[0], ctx: z.RefinementCtx) => {
  for (const issue of registrationIssues(v))
    ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
};

/** POST /api/v1/petitions: 登记 (the office; 代录 with the real day of receipt). */
export const PetitionCreateInput = RegistrationFields.strict().superRefine(refineRegistration);
export type PetitionCreateInput = z.input<typeof PetitionCreateInput>;
export type PetitionCreateData = z.infer<typeof PetitionCreateInput>;

/** PATCH /api/v1/petitions/{id}: the office corrects the registration while the case is open. */
export const PetitionUpdateInput = RegistrationFields.partial()
  .extend({
    // No default here: a correction that leaves it out keeps the stored value.
    collective: z.boolean({ error: "多人走访：只能是 是 或 否" }).optional().describe("多人走访"),
    version,
  })
  .strict();
export type PetitionUpdateInput = z.infer<typeof PetitionUpdateInput>;

/** GET /api/v1/petitions: filters, sort and page — all in SQL. */
export const PetitionListFilters = z.object({
  year: blankAs(undefined, z.coerce.number({ error: "年度应为数字" }).int().min(1900).max(2100).optional()).describe(
    "年度",
  ),
  state: blankAs(undefined, z.enum(PETITION_STATES, { error: "状态不正确" }).optional()).describe("状态"),
  channel: blankAs(undefined, z.enum(PETITION_CHANNELS, { error: "渠道不正确" }).optional()).describe("信访渠道"),
  category: blankAs(undefined, z.enum(PETITION_CATEGORIES, { error: "类别不正确" }).optional()).describe("信访类别"),
  unitId: blankAs(undefined, uuid("承办单位", "承办单位编号格式不正确").optional()).describe("承办单位"),
  /** county: 上级人大转办 only; local: the township's own. */
  origin: blankAs(
    undefined,
    z.enum(["county", "local"], { error: "只能是 county（上级转办）或 local（本级受理）" }).optional(),
  ).describe("来源"),
  /** The figures' outcome (办理结果): resolved, closed unresolved, not yet closed — a dashboard figure opens its records. */
  outcome: blankAs(
    undefined,
    z
      .enum(PETITION_OUTCOMES, { error: "只能是 resolved（已解决）、unresolved（办结未解决）或 open（办理中）" })
      .optional(),
  ).describe("办理结果"),
  /** The on-time rate's cases (figures-rules.ts handlingTally): a landing bar opens exactly what it counts. */
  handling: blankAs(
    undefined,
    z.enum(PETITION_HANDLINGS, { error: "只能是 base（按期办结率的基数）或 ontime（按期办结）" }).optional(),
  ).describe("按期办结"),
  /** The current lead unit (主办) only — the figures' per-unit rows; `unitId` also finds the co-units' (协办). */
  leadUnitId: blankAs(undefined, uuid("主办单位", "主办单位编号格式不正确").optional()).describe("主办单位"),
  q: searchText("关键词", 50),
  sort: blankAs(undefined, z.enum(PETITION_SORTS, { error: "排序方式不正确" }).default("received_desc")).describe(
    "排序",
  ),
});
export const PetitionListQuery = PageQuery.extend(PetitionListFilters.shape);
export type PetitionListQuery = z.infer<typeof PetitionListQuery>;

/** GET /api/v1/petitions/export: the filtered list as .xlsx; `personal=1` (the office) unmasked, logged. */
export const PetitionExportQuery = PetitionListFilters.extend({
  personal: blankAs(undefined, z.enum(["0", "1"], { error: "只能是 0 或 1" }).optional()).describe("含完整个人信息"),
});
export type PetitionExportQuery = z.infer<typeof PetitionExportQuery>;

/** GET /api/v1/petitions/{id}?reveal=1: the office or the chair asks for the personal data in full (logged). */
export const PetitionGetQuery = z.object({
  reveal: blankAs(undefined, z.enum(["0", "1"], { error: "只能是 0 或 1" }).optional()).describe("显示完整信息"),
});

/** POST /api/v1/petitions/duplicates: possible duplicates of what the form holds, before saving. */
export const DuplicateCheckInput = z
  .object({
    subject: plainText("标题", 200).default(""),
    petitioners: z
      .array(
        z.object({ name: plainText("姓名", 50).default(""), idNumber: plainText("身份证号", 18).default("") }).strip(),
      )
      .max(50, "最多 50 位信访人")
      .default([])
      .describe("信访人"),
    excludeId: blankAs(undefined, uuid("信访件").optional()),
  })
  .strict();
export type DuplicateCheckInput = z.infer<typeof DuplicateCheckInput>;

export const PetitionAttachmentParams = z.object({ id: uuid("信访件编号"), attachmentId: uuid("附件编号") });
