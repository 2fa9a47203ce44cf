import { describe, it, expect } from "vitest";
import { AppError, conflict, errorBody, forbidden, notFound, validation, type ErrorCode } from "@/lib/http/errors";

// Written from the API contract, not read from STATUS.
const EXPECTED: [ErrorCode, number, string][] = [
  ["VALIDATION", 400, "输入有误，请检查后重试"],
  ["UNAUTHENTICATED", 401, "请先登录"],
  ["FORBIDDEN", 403, "没有权限执行此操作"],
  ["NOT_FOUND", 404, "记录不存在"],
  ["CONFLICT", 409, "记录已被他人修改或与现有记录冲突，请刷新后重试"],
  ["PAYLOAD_TOO_LARGE", 413, "提交的内容过大（上限 1 MB）"],
  ["LOCKED", 429, "尝试次数过多，请稍后再试"],
  ["UNAVAILABLE", 503, "服务暂不可用，请稍后再试"],
  ["INTERNAL", 500, "服务器错误，请稍后再试"],
];

describe("AppError", () => {
  it.each(EXPECTED)("%s → HTTP %i with the default Chinese message", (code, status, message) => {
    const err = new AppError(code);
    expect(err.status).toBe(status);
    expect(err.message).toBe(message);
    expect(err.code).toBe(code);
    expect(err.name).toBe("AppError");
    expect(err).toBeInstanceOf(Error);
  });

  it("a given message replaces the default", () => {
    expect(new AppError("NOT_FOUND", "代表不存在").message).toBe("代表不存在");
  });

  it("helpers build the right codes", () => {
    expect(notFound().code).toBe("NOT_FOUND");
    expect(forbidden().status).toBe(403);
    const c = conflict(undefined, { username: "用户名已存在" });
    expect(c.code).toBe("CONFLICT");
    expect(c.fields).toEqual({ username: "用户名已存在" });
  });

  it("validation() uses the first field message, or the default when there is none", () => {
    const v = validation({ username: "用户名：请输入用户名", role: "角色：请选择角色" });
    expect(v.status).toBe(400);
    expect(v.message).toBe("用户名：请输入用户名");
    expect(validation({}).message).toBe("输入有误，请检查后重试");
  });
});

describe("errorBody", () => {
  it("has code and message only, when there are no fields and no request id", () => {
    expect(errorBody(new AppError("FORBIDDEN"))).toStrictEqual({
      error: { code: "FORBIDDEN", message: "没有权限执行此操作" },
    });
  });

  it("includes fields and requestId when present", () => {
    const err = new AppError("VALIDATION", "用户名：请输入用户名", { username: "用户名：请输入用户名" });
    expect(errorBody(err, "req-1")).toStrictEqual({
      error: {
        code: "VALIDATION",
        message: "用户名：请输入用户名",
        fields: { username: "用户名：请输入用户名" },
        requestId: "req-1",
      },
    });
  });

  it("never carries a stack trace", () => {
    const body = JSON.stringify(errorBody(new AppError("INTERNAL"), "req-2"));
    expect(body).not.toContain("stack");
    expect(body).not.toContain("at ");
  });
});
