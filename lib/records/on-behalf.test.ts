import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { occurredOn } from "@/lib/http/fields";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { occurredDay, onBehalfAudit, onBehalfCaption, onBehalfColumns } from "@/lib/records/on-behalf";

const TODAY = parseDay("2026-12-07");
const opts = { field: "occurredOn", label: "答复日期", today: TODAY };

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? { status: e.status, fields: e.fields } : e;
  }
  return null;
};

describe("occurredDay: the day an entry really happened", () => {
  it("is the given day, or today when absent", () => {
    expect(formatDay(occurredDay("2026-11-06", opts))).toBe("2026-11-06");
    expect(formatDay(occurredDay(null, opts))).toBe("2026-12-07");
    expect(formatDay(occurredDay(undefined, opts))).toBe("2026-12-07");
  });

  it("is refused after today, and before the step it follows (that day itself allowed)", () => {
    expect(refusal(() => occurredDay("2026-12-08", opts))).toEqual({
      status: 400,
      fields: { occurredOn: "答复日期：不能晚于今天（2026-12-07）" },
    });
    const after = { label: "交办日期", day: parseDay("2026-11-01") };
    expect(refusal(() => occurredDay("2026-10-31", { ...opts, after }))).toEqual({
      status: 400,
      fields: { occurredOn: "答复日期：不能早于交办日期（2026-11-01）" },
    });
    expect(formatDay(occurredDay("2026-11-01", { ...opts, after }))).toBe("2026-11-01");
    expect(formatDay(occurredDay("2026-10-31", { ...opts, after: { label: "交办日期", day: null } }))).toBe(
      "2026-10-31",
    );
  });
});

describe("who keyed it for whom", () => {
  const who = { enteredById: "u-1", enteredBy: "王办事", onBehalfOf: "民政办" };
  it("the columns and the audit part of a 代录 entry, and of one entered by its own author", () => {
    const day = parseDay("2026-11-06");
    expect(onBehalfColumns(day, who)).toEqual({ occurredOn: day, enteredById: "u-1", onBehalfOf: "民政办" });
    expect(onBehalfColumns(day, null)).toEqual({ occurredOn: day, enteredById: null, onBehalfOf: null });
    expect(onBehalfAudit(day, who)).toEqual({
      occurredOn: "2026-11-06",
      onBehalf: { mark: "代录", enteredById: "u-1", enteredBy: "王办事", onBehalfOf: "民政办" },
    });
    expect(onBehalfAudit(day, null)).toEqual({ occurredOn: "2026-11-06" });
    expect(onBehalfCaption("王办事")).toBe("代录 · 由 王办事 录入");
  });
});

describe("occurredOn: the form field", () => {
  const field = occurredOn("答复日期");
  it("takes a day up to today, blank or absent as not given", () => {
    const today = formatDay(todayInChina());
    expect(field.parse(today)).toBe(today);
    expect(field.parse("")).toBeNull();
    expect(field.parse(undefined)).toBeUndefined();
    expect(field.description).toBe("答复日期");
  });
  it("refuses tomorrow and a malformed day", () => {
    const tomorrow = formatDay(new Date(todayInChina().getTime() + 86_400_000));
    expect(field.safeParse(tomorrow).error?.issues[0].message).toMatch(/^不能晚于今天/);
    expect(field.safeParse("2026-13-01").success).toBe(false);
  });
});
