import { db } from "@/lib/db";

export async function checkHealth(
  client: Pick<typeof db, "$queryRaw"> = db,
): Promise<{ status: "ok" | "degraded"; db: "ok" | "down" }> {
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000)),
    ]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "degraded", db: "down" };
  }
}
