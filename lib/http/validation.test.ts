import { describe, it, expect } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/http/errors";
import {
  IdParams,
  PageQuery,
  pageWithTotal,
  parseOrThrow,
  parseSearchParams,
  skipTake,
  validationError,
  zodFields,
} from "@/lib/http/validation";
import { UserCreateInput, UserListQuery } from "@/lib/users/schema";

const validUser = {
  username: "zhangsan",
  displayName: "张三",
  role: "OFFICE",
  password: "Qingshui-2026!",
};

function errorOf(schema: z.ZodType, input: unknown): z.ZodError {
  const r = schema.safeParse(input);
  if (r.success) throw new Error("expected the input to be rejected");
  return r.error;
}

describe("zodFields", () => {
  it("labels a missing username with its .describe() label", () => {
    const { username, ...rest } = validUser;
    void username;
    const fields = zodFields(errorOf(UserCreateInput, rest), UserCreateInput);
    expect(fields).toEqual({ username: "用户名：请输入用户名" });
  });

  it("labels a bad role", () => {
    const fields = zodFields(errorOf(UserCreateInput, { ...validUser, role: "ADMIN" }), UserCreateInput);
    expect(fields).toEqual({ role: "角色：请选择角色" });
  });

  it("reports an unknown key as 不允许的字段", () => {
    const fields = zodFields(errorOf(UserCreateInput, { ...validUser, x: 1 }), UserCreateInput);
    expect(fields).toEqual({ x: "不允许的字段：x" });
  });

  it("reports one message per field, several fields at once", () => {
    const fields = zodFields(
      errorOf(UserCreateInput, { ...validUser, username: "ab", password: "short", y: true }),
      UserCreateInput,
    );
    expect(fields.username).toBe("用户名：至少 3 个字符");
    expect(fields.password).toBe("初始密码：至少 8 个字符");
    expect(fields.y).toBe("不允许的字段：y");
    expect(Object.keys(fields).sort()).toEqual(["password", "username", "y"]);
  });

  it("without a schema or a description, uses the bare message", () => {
    const schema = z.object({ age: z.number({ error: "请输入年龄" }) });
    expect(zodFields(errorOf(schema, {}), schema)).toEqual({ age: "请输入年龄" });
    expect(zodFields(errorOf(UserCreateInput, { ...validUser, role: "ADMIN" }))).toEqual({ role: "请选择角色" });
  });

  it("puts a root-level issue under _", () => {
    const schema = z.string({ error: "需要文本" });
    expect(zodFields(errorOf(schema, 1), schema)).toEqual({ _: "需要文本" });
  });

  it("uses the Chinese zod locale for built-in messages", () => {
    const schema = z.object({ n: z.number().describe("数量") });
    const msg = zodFields(errorOf(schema, { n: "x" }), schema).n;
    expect(msg.startsWith("数量：")).toBe(true);
    expect(msg).toMatch(/[\u4e00-\u9fff]/u);
    expect(msg).not.toMatch(/expected|Invalid/i);
  });
});

describe("validationError", () => {
  it("is a VALIDATION AppError whose message is the first field message", () => {
    const err = validationError(errorOf(UserCreateInput, { ...validUser, role: "ADMIN" }), UserCreateInput);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("VALIDATION");
    expect(err.status).toBe(400);
    expect(err.message).toBe("角色：请选择角色");
    expect(err.fields).toEqual({ role: "角色：请选择角色" });
  });
});

describe("parseOrThrow", () => {
  it("returns parsed data", () => {
    expect(parseOrThrow(PageQuery, { page: "3", pageSize: "50" })).toEqual({ page: 3, pageSize: 50 });
  });

  it("throws AppError VALIDATION / 400 with field messages", () => {
    let caught: unknown;
    try {
      parseOrThrow(UserCreateInput, { ...validUser, x: 1 });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    const err = caught as AppError;
    expect(err.code).toBe("VALIDATION");
    expect(err.status).toBe(400);
    expect(err.fields).toEqual({ x: "不允许的字段：x" });
  });

  it("labels a field of a discriminated union by the option the input chose", () => {
    const schema = z.discriminatedUnion("action", [
      z.object({ action: z.literal("assign"), day: z.string().min(3).describe("交办日期") }),
      z.object({ action: z.literal("reply"), day: z.string().min(3).describe("答复日期") }),
    ]);
    const fieldsOf = (input: unknown) => {
      try {
        parseOrThrow(schema, input);
      } catch (err) {
        return (err as AppError).fields;
      }
    };
    expect(fieldsOf({ action: "reply", day: "x" })?.day).toMatch(/^答复日期：/);
    expect(fieldsOf({ action: "assign", day: "x" })?.day).toMatch(/^交办日期：/);
  });
});

describe("PageQuery", () => {
  it("defaults to page 1, 20 per page", () => {
    expect(PageQuery.parse({})).toEqual({ page: 1, pageSize: 20 });
  });

  it("accepts pageSize 100 and rejects 101", () => {
    expect(PageQuery.parse({ pageSize: "100" }).pageSize).toBe(100);
    const fields = zodFields(errorOf(PageQuery, { pageSize: "101" }), PageQuery);
    expect(fields).toEqual({ pageSize: "每页条数：每页最多 100 条" });
  });

  it("rejects page 0 and fractional pages", () => {
    expect(zodFields(errorOf(PageQuery, { page: "0" }), PageQuery).page).toBe("页码：页码至少为 1");
    expect(PageQuery.safeParse({ page: "1.5" }).success).toBe(false);
  });

  it("skipTake computes the offset", () => {
    expect(skipTake({ page: 3, pageSize: 20 })).toEqual({ skip: 40, take: 20 });
    expect(skipTake({ page: 1, pageSize: 100 })).toEqual({ skip: 0, take: 100 });
  });
});

describe("IdParams", () => {
  it("accepts a uuid and rejects anything else in Chinese", () => {
    expect(IdParams.safeParse({ id: "3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f" }).success).toBe(true);
    expect(zodFields(errorOf(IdParams, { id: "42" }), IdParams)).toEqual({ id: "编号：编号格式不正确" });
  });
});

describe("parseSearchParams", () => {
  it("parses a good query string", () => {
    expect(parseSearchParams(PageQuery, { page: "2", pageSize: "50" })).toEqual({ page: 2, pageSize: 50 });
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parseSearchParams(PageQuery, { page: ["4", "9"] })).toEqual({ page: 4, pageSize: 20 });
  });

  it("treats empty strings as absent", () => {
    expect(parseSearchParams(PageQuery, { page: "", pageSize: "" })).toEqual({ page: 1, pageSize: 20 });
  });

  it.each([{ pageSize: "101" }, { page: "abc" }, { page: "-1" }, { pageSize: "0" }])(
    "falls back to the defaults on bad input %o",
    (input) => {
      expect(parseSearchParams(PageQuery, input)).toEqual({ page: 1, pageSize: 20 });
    },
  );

  it("falls back to defaults for an extended list query with a bad role", () => {
    expect(parseSearchParams(UserListQuery, { role: "ADMIN", page: "2" })).toEqual({ page: 1, pageSize: 20 });
    expect(parseSearchParams(UserListQuery, { role: "UNIT", q: " 张 " })).toEqual({
      page: 1,
      pageSize: 20,
      role: "UNIT",
      q: "张",
    });
  });
});

describe("pageWithTotal", () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => i);
  const run = async (page: number, pageSize: number, rows: number, count: number) => {
    let counted = false;
    const r = await pageWithTotal(
      { page, pageSize },
      async () => list(rows),
      async () => ((counted = true), count),
    );
    return { total: r.total, counted };
  };
  it("takes the total from a page that is not full", async () => {
    expect(await run(1, 20, 5, 999)).toEqual({ total: 5, counted: false });
    expect(await run(3, 20, 7, 999)).toEqual({ total: 47, counted: false });
    expect(await run(1, 20, 0, 999)).toEqual({ total: 0, counted: false });
  });
  it("counts when the page is full or past the end", async () => {
    expect(await run(1, 20, 20, 45)).toEqual({ total: 45, counted: true });
    expect(await run(4, 20, 0, 45)).toEqual({ total: 45, counted: true });
  });
  it("with parallel, starts the count before the page is read, and still takes a short page's total from the page", async () => {
    const order: string[] = [];
    const full = await pageWithTotal(
      { page: 1, pageSize: 2 },
      async () => (order.push("page"), list(2)),
      async () => (order.push("count"), 45),
      { parallel: true },
    );
    expect([full.total, order]).toEqual([45, ["count", "page"]]);
    const short = await pageWithTotal(
      { page: 1, pageSize: 20 },
      async () => list(5),
      async () => 999,
      { parallel: true },
    );
    expect(short.total).toBe(5);
    // A count the page made unnecessary may fail without failing the list; a needed one fails it.
    const failing = async () => {
      throw new Error("count failed");
    };
    expect(
      (await pageWithTotal({ page: 1, pageSize: 20 }, async () => list(5), failing, { parallel: true })).total,
    ).toBe(5);
    await expect(
      pageWithTotal({ page: 1, pageSize: 2 }, async () => list(2), failing, { parallel: true }),
    ).rejects.toThrow("count failed");
  });
});
