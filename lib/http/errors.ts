// Typed application errors: `code` in English for programs, `message` in Chinese for people.
export type ErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "PASSWORD_CHANGE_REQUIRED"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "LOCKED"
  | "UNAVAILABLE"
  | "INTERNAL";

export const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  LOCKED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  VALIDATION: "输入有误，请检查后重试",
  UNAUTHENTICATED: "请先登录",
  FORBIDDEN: "没有权限执行此操作",
  PASSWORD_CHANGE_REQUIRED: "您的密码由管理员设置，请先修改密码",
  NOT_FOUND: "记录不存在",
  CONFLICT: "记录已被他人修改或与现有记录冲突，请刷新后重试",
  PAYLOAD_TOO_LARGE: "提交的内容过大（上限 1 MB）",
  LOCKED: "尝试次数过多，请稍后再试",
  UNAVAILABLE: "服务暂不可用，请稍后再试",
  INTERNAL: "服务器错误，请稍后再试",
};

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly fields?: Record<string, string>,
    /** Extra structured detail for the client, e.g. the rows of a rejected import. */
    public readonly details?: unknown,
  ) {
    super(message ?? DEFAULT_MESSAGE[code]);
    this.name = "AppError";
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (message?: string) => new AppError("NOT_FOUND", message);
export const forbidden = (message?: string) => new AppError("FORBIDDEN", message);
export const conflict = (message?: string, fields?: Record<string, string>) =>
  new AppError("CONFLICT", message, fields);
export const validation = (fields: Record<string, string>, message?: string) =>
  new AppError("VALIDATION", message ?? Object.values(fields)[0] ?? undefined, fields);

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: Record<string, string>; details?: unknown; requestId?: string };
}

export function errorBody(err: AppError, requestId?: string): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.fields ? { fields: err.fields } : {}),
      ...(err.details !== undefined ? { details: err.details } : {}),
      ...(requestId ? { requestId } : {}),
    },
  };
}
