import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { zodFields } from "@/lib/http/validation";
import { idNumberCheckDigit } from "@/lib/text/id-number";
import {
  DeputyCreateInput,
  DeputyListQuery,
  DeputySelfUpdateInput,
  DeputyStatusInput,
  DeputyUpdateInput,
  TermCreateInput,
} from "@/lib/roster/schema";

const withCheck = (first17: string) => first17 + idNumberCheckDigit(first17);
/** A man born 1980-05-01 (character 17 odd). */
const ID_MALE_19800501 = withCheck("44030419800501123");

const VALID = {
  name: "王小明",
  gender: "MALE",
  birthDate: "1980-05-01",
  ethnicity: "汉族",
  party: "中共党员",
  education: "本科",
  occupation: "村党支部书记",
  constituency: "第一选区",
  levels: ["TOWNSHIP", "COUNTY"],
  idNumber: ID_MALE_19800501,
  phone: "13812345678",
};

/** The `{ field: "字段：说明" }` map the API would answer with. */
function fieldsOf<S extends z.ZodType>(schema: S, input: unknown): Record<string, string> {
  const r = schema.safeParse(input);
  return r.success ? {} : zodFields(r.error, schema);
}

describe("DeputyCreateInput", () => {
  it("accepts a complete record, trimming text and defaulting the join method", () => {
    const v = DeputyCreateInput.parse({ ...VALID, name: " 王小明 " });
    expect(v).toMatchObject({
      name: "王小明",
      levels: ["TOWNSHIP", "COUNTY"],
      joinMethod: "ELECTION",
      idNumber: ID_MALE_19800501,
      workUnit: null,
      address: null,
      groupId: null,
    });
  });

  it("missing name → 姓名：", () => {
    const { name, ...rest } = VALID;
    void name;
    expect(fieldsOf(DeputyCreateInput, rest).name).toMatch(/^姓名：/);
    expect(fieldsOf(DeputyCreateInput, { ...VALID, name: "  " }).name).toMatch(/^姓名：请填写姓名/);
  });

  it("a gender outside 男/女 is refused", () => {
    expect(fieldsOf(DeputyCreateInput, { ...VALID, gender: "OTHER" })).toEqual({ gender: "性别：请选择性别（男/女）" });
  });

  it("an impossible birth date is refused", () => {
    const { idNumber, ...noId } = VALID;
    void idNumber;
    expect(fieldsOf(DeputyCreateInput, { ...noId, birthDate: "1980-02-30" })).toEqual({
      birthDate: "出生日期：不是有效日期",
    });
    expect(fieldsOf(DeputyCreateInput, { ...noId, birthDate: "1980/05/01" }).birthDate).toMatch(/^出生日期：格式应为/);
  });

  it("an ID number with the wrong check digit is refused", () => {
    const wrong = ID_MALE_19800501.slice(0, 17) + (ID_MALE_19800501[17] === "0" ? "1" : "0");
    expect(fieldsOf(DeputyCreateInput, { ...VALID, idNumber: wrong })).toEqual({
      idNumber: "身份证号：不是有效的 18 位身份证号（校验位不符）",
    });
  });

  it("an ID number disagreeing with the birth date or gender → an issue on idNumber, labelled once", () => {
    expect(fieldsOf(DeputyCreateInput, { ...VALID, birthDate: "1980-05-02" })).toEqual({
      idNumber: "身份证号：与出生日期不一致",
    });
    expect(fieldsOf(DeputyCreateInput, { ...VALID, gender: "FEMALE" })).toEqual({ idNumber: "身份证号：与性别不一致" });
  });

  it("upper-cases a trailing x before checking", () => {
    const female = { ...VALID, gender: "FEMALE", birthDate: "1949-12-31", idNumber: "11010519491231002x" };
    expect(DeputyCreateInput.parse(female).idNumber).toBe("11010519491231002X");
  });

  it("needs at least one known level", () => {
    expect(fieldsOf(DeputyCreateInput, { ...VALID, levels: [] })).toEqual({ levels: "代表层级：至少选择一个代表层级" });
    expect(fieldsOf(DeputyCreateInput, { ...VALID, levels: ["TOWNSHIP", "NATIONAL"] })).toEqual({
      "levels.1": "代表层级只能是 镇/县/市/州",
    });
  });

  it("refuses unknown keys", () => {
    expect(fieldsOf(DeputyCreateInput, { ...VALID, status: "RESIGNED" })).toEqual({ status: "不允许的字段：status" });
  });

  it("an empty phone and ID number become null", () => {
    const v = DeputyCreateInput.parse({ ...VALID, phone: "", idNumber: "" });
    expect(v.phone).toBeNull();
    expect(v.idNumber).toBeNull();
  });

  it("refuses a malformed phone number", () => {
    expect(fieldsOf(DeputyCreateInput, { ...VALID, phone: "电话" }).phone).toMatch(/^联系电话：格式不正确/);
  });
});

describe("DeputyUpdateInput", () => {
  it("requires a version", () => {
    expect(fieldsOf(DeputyUpdateInput, { name: "李明" })).toEqual({ version: "版本号：缺少版本号" });
  });

  it("a partial update carries only the fields sent (no defaults, no nulls for absent fields)", () => {
    expect(DeputyUpdateInput.parse({ version: 2, name: "李明" })).toEqual({ version: 2, name: "李明" });
  });

  it("refuses a status change through the edit form", () => {
    expect(fieldsOf(DeputyUpdateInput, { version: 1, status: "RESIGNED" })).toEqual({ status: "不允许的字段：status" });
  });
});

describe("DeputySelfUpdateInput", () => {
  it("accepts phone and address", () => {
    expect(DeputySelfUpdateInput.parse({ phone: "13900001111", address: "清水村 3 组", version: 1 })).toEqual({
      phone: "13900001111",
      address: "清水村 3 组",
      version: 1,
    });
  });

  it("changing only the phone leaves the address out (not cleared)", () => {
    expect(DeputySelfUpdateInput.parse({ phone: "13900001111", version: 1 })).toEqual({
      phone: "13900001111",
      version: 1,
    });
  });

  it("refuses the name and any other field of the record", () => {
    expect(fieldsOf(DeputySelfUpdateInput, { name: "改名", version: 1 })).toEqual({ name: "不允许的字段：name" });
    expect(fieldsOf(DeputySelfUpdateInput, { idNumber: ID_MALE_19800501, version: 1 })).toEqual({
      idNumber: "不允许的字段：idNumber",
    });
  });
});

describe("DeputyStatusInput", () => {
  it("only the four ways of leaving", () => {
    expect(DeputyStatusInput.safeParse({ status: "RESIGNED", effectiveDate: "2026-10-01" }).success).toBe(true);
    expect(fieldsOf(DeputyStatusInput, { status: "SITTING", effectiveDate: "2026-10-01" }).status).toMatch(
      /^变动类型：/,
    );
  });
});

describe("DeputyListQuery", () => {
  it("defaults: sort by name ascending, page 1 of 20", () => {
    expect(DeputyListQuery.parse({})).toEqual({ sort: "name", order: "asc", page: 1, pageSize: 20 });
  });

  it("coerces page numbers from the query string", () => {
    expect(DeputyListQuery.parse({ page: "3", pageSize: "50", sort: "birthDate", order: "desc" })).toMatchObject({
      page: 3,
      pageSize: 50,
      sort: "birthDate",
      order: "desc",
    });
  });

  it("refuses pageSize 101 and an unknown sort", () => {
    expect(fieldsOf(DeputyListQuery, { pageSize: "101" })).toEqual({ pageSize: "每页条数：每页最多 100 条" });
    expect(fieldsOf(DeputyListQuery, { sort: "idNumber" })).toEqual({ sort: "排序：排序字段不正确" });
  });
});

describe("TermCreateInput", () => {
  it("accepts a start date alone, with no deputies copied", () => {
    expect(TermCreateInput.parse({ number: 18, startDate: "2031-09-01" })).toEqual({
      number: 18,
      startDate: "2031-09-01",
      copyDeputyIds: [],
    });
  });

  it("an end date before (or on) the start date → issue on endDate, labelled once", () => {
    expect(fieldsOf(TermCreateInput, { number: 18, startDate: "2031-09-01", endDate: "2031-08-31" })).toEqual({
      endDate: "结束日期：应晚于开始日期",
    });
    expect(fieldsOf(TermCreateInput, { number: 18, startDate: "2031-09-01", endDate: "2031-09-01" })).toEqual({
      endDate: "结束日期：应晚于开始日期",
    });
  });

  it("the number is a whole number from 1 to 99", () => {
    expect(fieldsOf(TermCreateInput, { number: 0, startDate: "2031-09-01" })).toEqual({ number: "届次：届次至少为 1" });
    expect(fieldsOf(TermCreateInput, { number: 17.5, startDate: "2031-09-01" })).toEqual({
      number: "届次：届次应为整数",
    });
  });
});

describe("the ID number field", () => {
  it("upper-cases a lower-case x before the check digit is verified", () => {
    expect(DeputyCreateInput.shape.idNumber.parse("11010519491231002x")).toBe("11010519491231002X");
  });
});
