import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/http/request";

const headers = (h: Record<string, string>) => new Headers(h);

describe("clientAddress", () => {
  it("is the socket's address our server put in X-Client-Address; a forged X-Forwarded-For is ignored", () => {
    const h = headers({ [CLIENT_ADDRESS_HEADER]: "10.0.0.7", "x-forwarded-for": "1.2.3.4" });
    expect(clientAddress(h, 0)).toBe("10.0.0.7");
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" }), 0)).toBeNull();
  });

  it("unwraps IPv4 addresses on an IPv6 socket and keeps IPv6 ones", () => {
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: "::ffff:192.168.1.20" }), 0)).toBe("192.168.1.20");
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: "::1" }), 0)).toBe("::1");
  });

  it("behind N trusted proxies takes the address the outermost one saw, counted from the right", () => {
    // The client forged "6.6.6.6"; our proxy appended the real caller 203.0.113.9 and called us from 10.0.0.2.
    const h = headers({ [CLIENT_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientAddress(h, 1)).toBe("203.0.113.9");
    // Two proxies: 203.0.113.9 → edge (adds it) → 10.0.0.3 inner (adds the edge's 10.0.0.3) → us from 10.0.0.2.
    const two = headers({ [CLIENT_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.3" });
    expect(clientAddress(two, 2)).toBe("203.0.113.9");
    // A shorter chain than the setting promises: the leftmost address, never an index out of range.
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: "10.0.0.2" }), 3)).toBe("10.0.0.2");
  });

  it("reads next-auth's plain header objects too", () => {
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: "10.0.0.8" }, 0)).toBe("10.0.0.8");
  });
});
