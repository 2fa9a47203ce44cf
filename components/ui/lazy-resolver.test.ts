import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lazyResolver } from "@/components/ui/lazy-resolver";

const Schema = z.object({ name: z.string().min(1, "请填写名称") });
const options = { fields: {}, shouldUseNativeValidation: false } as never;

describe("lazyResolver", () => {
  it("loads the schema on the first validation only, then validates as zodResolver does", async () => {
    let loads = 0;
    const resolver = lazyResolver<{ name: string }, { name: string }>(async () => {
      loads++;
      return Schema;
    });
    expect(loads).toBe(0);
    const bad = await resolver({ name: "" }, undefined, options);
    expect(bad.errors.name?.message).toBe("请填写名称");
    const good = await resolver({ name: "民政办" }, undefined, options);
    expect(good.values).toEqual({ name: "民政办" });
    expect(loads).toBe(1);
  });

  it("tries the load again after it failed (offline)", async () => {
    let calls = 0;
    const resolver = lazyResolver<{ name: string }, { name: string }>(async () => {
      if (++calls === 1) throw new Error("chunk failed");
      return Schema;
    });
    await expect(resolver({ name: "x" }, undefined, options)).rejects.toThrow("chunk failed");
    expect((await resolver({ name: "x" }, undefined, options)).values).toEqual({ name: "x" });
  });
});
