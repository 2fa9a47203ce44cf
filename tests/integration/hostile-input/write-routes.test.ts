import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildWorld } from "./world";
import { requestOf, WRITE_CASES } from "./routes";
import { fingerprint, hostile, leaves, replaced, RUNS } from "./hostile";

/**
 * Tried first, every time: a NUL byte and a lone surrogate in every spot, 0000-01-01 in every day and
 * 1e308 in every number — so a schema that lets one through fails on every run, not by chance.
 */
function sweep(spots: (string | number)[][], params: object, body: object): [(string | number)[], unknown][] {
  return spots.flatMap((spot) => {
    const [where, ...at] = spot;
    const base = at.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], where === "params" ? params : body);
    const extra = typeof base === "number" ? [1e308] : /^\d{4}-\d{2}-\d{2}$/.test(String(base)) ? ["0000-01-01"] : [];
    return ["a\u0000b", "x\uD800"].concat(extra as never[]).map((v) => [spot, v] as [(string | number)[], unknown]);
  });
}

const namesWhat = (e: { fields?: object; details?: object; message: string }) =>
  !!(e.fields ?? e.details) || /^文件不是有效的/.test(e.message); // an import file with a NUL byte is not text at all

const API = path.resolve(import.meta.dirname, "../../../app/api/v1");

/** `METHOD dir` of every exported POST/PUT/PATCH/DELETE under app/api/v1. */
function writeRoutesOnDisk(dir = API): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return writeRoutesOnDisk(full);
    if (e.name !== "route.ts") return [];
    const rel = path.relative(API, dir).split(path.sep).join("/");
    const source = fs.readFileSync(full, "utf8");
    return [...source.matchAll(/export const (POST|PUT|PATCH|DELETE)\b/g)].map((m) => `${m[1]} ${rel}`);
  });
}

describe("hostile input on every write route: never a 5xx, nothing written when refused", () => {
  it("the cases cover every write route in app/api/v1", () => {
    expect(WRITE_CASES.map((c) => c.key).sort()).toEqual(writeRoutesOnDisk().sort());
  });

  it.each(WRITE_CASES.map((c) => [c.key, c] as const))("%s", async (_key, c) => {
    const w = await buildWorld();
    const params = c.params(w);
    const body = c.body(w);
    // The unspoiled request is one the route takes (or turns down for the state it finds): the case is real.
    const base = async () => {
      const res = await c.handler(requestOf(c, c.cookie(w), params, body), { params: Promise.resolve(params) });
      expect(c.baseStatus ?? [200, 201, 204, 404, 409], await res.text()).toContain(res.status);
    };
    if (c.baseFirst) await base();
    const spots = [...Object.keys(params).map((k) => ["params", k]), ...leaves(body).map((p) => ["body", ...p])];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...(spots.length ? spots : [["body"]])), hostile, async (spot, value) => {
        const [where, ...at] = spot as ["params" | "body", ...(string | number)[]];
        const spoiledParams = where === "params" ? replaced(params, at, value) : params;
        const spoiledBody = where === "body" ? replaced(body, at, value) : body;
        const before = await fingerprint();
        const res = await c.handler(requestOf(c, c.cookie(w), spoiledParams, spoiledBody), {
          params: Promise.resolve(spoiledParams as Record<string, string>),
        });
        const answer = await res.text();
        expect(
          res.status,
          `${spot.join(".")} = ${JSON.stringify(value)?.slice(0, 80)}: ${answer.slice(0, 300)}`,
        ).toBeLessThan(500);
        // Refused by validation, which names the field (or the rows, for an import): not by the database.
        if (res.status === 400) expect(JSON.parse(answer).error, answer.slice(0, 300)).toSatisfy(namesWhat);
        if (res.status >= 400)
          expect(await fingerprint(), `refused with ${res.status} but wrote: ${answer.slice(0, 200)}`).toEqual(before);
      }),
      { numRuns: RUNS, examples: sweep(spots, params, body) },
    );
    if (!c.baseFirst) await base();
  });
});
