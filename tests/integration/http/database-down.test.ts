// The database becomes unreachable while the app runs: the API answers 503 with a message that says
// so (not 401 "please sign in"), sign-in says the same (not "wrong password"), and once the database
// is back the same process answers normally again — no restart.
import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { GET as listUnits } from "@/app/api/v1/units/route";
import { authOptions } from "@/lib/auth/options";
import { SIGN_IN_ERRORS } from "@/lib/auth/schema";
import { relayToTestDb, restoreDb, shared, throughRelay } from "@/tests/integration/db-relay";
import { createTownship, createUser, request, signIn, TEST_PASSWORD } from "@/tests/factories";

async function authorize(username: string, password: string) {
  const provider = authOptions.providers[0] as unknown as {
    options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
  };
  return provider.options.authorize({ username, password }, { headers: {} });
}

afterEach(restoreDb);

describe("database unreachable", () => {
  it("API: 503 with the database message while cut, 200 again once it is back (same process)", async () => {
    const t = await createTownship();
    const { cookie } = await signIn(await createUser(t.id, "OFFICE"));
    const relay = relayToTestDb();
    await relay.open();
    throughRelay(relay);
    expect((await listUnits(request("/api/v1/units", { cookie }))).status).toBe(200);

    await relay.cut();
    shared.__checkedSessions?.clear();
    const down = await listUnits(request("/api/v1/units", { cookie }));
    expect(down.status).toBe(503);
    expect((await down.json()).error).toMatchObject({ code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE });

    await relay.open(); // same port
    const back = await listUnits(request("/api/v1/units", { cookie }));
    expect(back.status).toBe(200);
    await relay.cut();
  });

  it("sign-in: the database message, not 'wrong password'; signs in once it is back", async () => {
    const t = await createTownship();
    await createUser(t.id, "OFFICE", { username: "clerk.down" });
    const relay = relayToTestDb();
    await relay.open();
    throughRelay(relay);
    await relay.cut();
    // next-auth turns the thrown code into `?error=DB_UNAVAILABLE`; the form shows its message.
    await expect(authorize("clerk.down", TEST_PASSWORD)).rejects.toThrow("DB_UNAVAILABLE");
    expect(SIGN_IN_ERRORS.DB_UNAVAILABLE).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    await relay.open();
    expect(await authorize("clerk.down", TEST_PASSWORD)).toMatchObject({ sid: expect.any(String) });
    await relay.cut();
  });

  it("tells connection failures from other database errors", () => {
    const adapter = (kind: string, code?: string) => ({
      name: "PrismaClientKnownRequestError",
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind, code } } },
    });
    expect(isDatabaseUnavailable(adapter("DatabaseNotReachable"))).toBe(true);
    expect(isDatabaseUnavailable(adapter("ConnectionClosed"))).toBe(true);
    expect(isDatabaseUnavailable(adapter("postgres", "57P01"))).toBe(true);
    expect(isDatabaseUnavailable({ code: "P1001" })).toBe(true);
    expect(
      isDatabaseUnavailable(new Error("x", { cause: Object.assign(new Error("y"), { code: "ECONNREFUSED" }) })),
    ).toBe(true);
    expect(isDatabaseUnavailable(adapter("UniqueConstraintViolation"))).toBe(false);
    expect(isDatabaseUnavailable(adapter("postgres", "22P05"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});
