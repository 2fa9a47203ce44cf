import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { assertSameSiteWrite, CONTENT_TYPE_MESSAGE, CROSS_SITE_MESSAGE, type BodyKind } from "@/lib/http/origin";

const URL_ = "http://app.example/api/v1/users";

function req(method: string, headers: Record<string, string>, body?: BodyInit) {
  return new Request(URL_, { method, headers, body });
}

function refusal(r: Request, accepted?: BodyKind[]): string | null {
  try {
    assertSameSiteWrite(r, accepted);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(403);
    return (err as AppError).message;
  }
}

const JSON_TYPE = { "content-type": "application/json" };

describe("assertSameSiteWrite", () => {
  it("lets reads through whatever their headers", () => {
    expect(refusal(req("GET", { origin: "https://evil.example" }))).toBeNull();
    expect(refusal(req("HEAD", {}))).toBeNull();
  });

  it("accepts a JSON write from the same origin, by Origin or by Sec-Fetch-Site", () => {
    expect(refusal(req("POST", { ...JSON_TYPE, origin: "http://app.example" }, "{}"))).toBeNull();
    expect(refusal(req("PATCH", { ...JSON_TYPE, "sec-fetch-site": "same-origin" }, "{}"))).toBeNull();
    expect(refusal(req("DELETE", { origin: "http://app.example" }))).toBeNull();
  });

  it("compares with the host the proxy reports (X-Forwarded-Host, then Host)", () => {
    const proxied = { ...JSON_TYPE, origin: "https://rd.town.gov.cn", "x-forwarded-host": "rd.town.gov.cn" };
    expect(refusal(req("POST", { ...proxied, host: "127.0.0.1:3000" }, "{}"))).toBeNull();
    expect(refusal(req("POST", { ...JSON_TYPE, origin: "http://app.example", host: "other.example" }, "{}"))).toBe(
      CROSS_SITE_MESSAGE,
    );
  });

  it("refuses a foreign, opaque or missing origin", () => {
    for (const headers of <Record<string, string>[]>[
      { origin: "https://evil.example" },
      { origin: "http://app.example.evil.example" },
      { origin: "null" },
      { origin: "null", "sec-fetch-site": "same-origin" },
      { origin: "https://evil.example", "sec-fetch-site": "same-origin" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      {},
    ]) {
      expect(refusal(req("POST", { ...JSON_TYPE, ...headers }, "{}")), JSON.stringify(headers)).toBe(
        CROSS_SITE_MESSAGE,
      );
    }
  });

  it("refuses the content types a cross-site form can send without a preflight", () => {
    const origin = "http://app.example";
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "text/plain;charset=UTF-8"]) {
      expect(refusal(req("POST", { origin, "content-type": type }, "{}")), type).toBe(CONTENT_TYPE_MESSAGE);
    }
    // A body without a declared type is typed text/plain by fetch itself.
    expect(refusal(req("POST", { origin }, '{"a":1}'))).toBe(CONTENT_TYPE_MESSAGE);
    // multipart only where the route declares files
    const form = new FormData();
    form.append("file", new Blob(["x"]), "a.txt");
    expect(refusal(req("POST", { origin }, form))).toBe(CONTENT_TYPE_MESSAGE);
    expect(refusal(req("POST", { origin }, form), ["json", "multipart"])).toBeNull();
    expect(refusal(req("POST", { origin, "content-type": "application/json; charset=utf-8" }, "{}"))).toBeNull();
  });
});
