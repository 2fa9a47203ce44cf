// The reception-day part of the hostile-input world, made through the API: a day past with a deputy on duty and a
// visitor, and a day to come with its deputy on duty.
import { expect } from "vitest";
import { POST as createRoute } from "@/app/api/v1/reception-days/route";
import { PUT as dutiesRoute } from "@/app/api/v1/reception-days/[id]/duties/route";
import { POST as visitRoute } from "@/app/api/v1/reception-days/[id]/visits/route";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { params, request } from "@/tests/factories";

async function ok<T = { id: string; version: number }>(res: Promise<Response>): Promise<T> {
  const r = await res;
  const body = await r.json();
  expect([200, 201], JSON.stringify(body)).toContain(r.status);
  return body;
}

const inDays = (n: number) => formatDay(addDays(todayInChina(), n));

export async function receptionWorld(office: string, deputyId: string) {
  const day = async (date: string) => {
    const d = await ok(
      createRoute(
        request("/api/v1/reception-days", {
          method: "POST",
          cookie: office,
          body: { year: Number(date.slice(0, 4)), date },
        }),
      ),
    );
    const body = { version: d.version, entries: [{ deputyId }] };
    const set = await ok<{ version: number }>(
      dutiesRoute(
        request(`/api/v1/reception-days/${d.id}/duties`, { method: "PUT", cookie: office, body }),
        params({ id: d.id }),
      ),
    );
    return { id: d.id, version: set.version, date };
  };
  const past = await day(inDays(-5));
  const future = await day(inDays(20));
  const visit = await ok<{ id: string }>(
    visitRoute(
      request(`/api/v1/reception-days/${past.id}/visits`, {
        method: "POST",
        cookie: office,
        body: { visitorName: "刘大爷", issue: "补贴未发放", receivedByDeputyId: deputyId },
      }),
      params({ id: past.id }),
    ),
  );
  return { past, future, visitId: visit.id };
}
