import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { GET } from "@/app/api/health/route";
import { checkHealth } from "@/lib/health";

describe("GET /api/health", () => {
  it("answers ok when the database answers", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("reports the database down when it cannot be reached", async () => {
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://nobody@127.0.0.1:1/none", connectionTimeoutMillis: 500 }),
    });
    expect(await checkHealth(unreachable)).toEqual({ status: "degraded", db: "down" });
  });
});
