// Shared by the race suite: the same request sent N times at once through the route handlers.
import { expect } from "vitest";
import { db } from "@/lib/db";

export interface RaceResult {
  statuses: number[];
  bodies: { error?: { code: string; message: string } }[];
}

/** Starts `n` calls together and waits for all of them. */
export async function race(n: number, call: (i: number) => Promise<Response>): Promise<RaceResult> {
  const responses = await Promise.all(Array.from({ length: n }, (_, i) => call(i)));
  return { statuses: responses.map((r) => r.status), bodies: await Promise.all(responses.map((r) => r.json())) };
}

/** Exactly one success (`ok`), every other answer 409 CONFLICT with a Chinese message. */
export function oneWins(result: RaceResult, ok: number) {
  const sorted = [...result.statuses].sort();
  expect(sorted, JSON.stringify(result.bodies)).toEqual([ok, ...Array(result.statuses.length - 1).fill(409)]);
  for (const body of result.bodies.filter((b) => b.error)) {
    expect(body.error!.code).toBe("CONFLICT");
    expect(body.error!.message).toMatch(/[\u4e00-\u9fff]/);
  }
}

/** How many audit rows an action left (the losers' transactions left none). */
export const audits = (action: string) => db.auditLog.count({ where: { action } });
