import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/**
 * Set on every request by our HTTP server (lib/cli/next-server.mjs) to the socket's address,
 * replacing whatever a client sent under that name. Next.js gives route handlers no socket, and
 * fills X-Forwarded-For from the socket only when the client sent none, so that one can be forged.
 */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(",") : v;
}

/** `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) → `10.0.0.1`; at most 64 characters. */
function normalize(address: string | undefined): string | null {
  const a = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return a ? a.slice(0, 64) : null;
}

/**
 * The client's address: the socket's; or, when `TRUSTED_PROXY_HOPS` (lib/env.ts) says that many
 * reverse proxies we run stand in front, the address the outermost of them saw — counted from the
 * right of X-Forwarded-For, since each proxy appends the address it was called from and a client
 * can write anything to the left.
 */
export function clientAddress(headers: HeaderSource, trustedHops = env.TRUSTED_PROXY_HOPS): string | null {
  const socket = normalize(header(headers, CLIENT_ADDRESS_HEADER));
  if (trustedHops <= 0) return socket;
  const chain = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  if (socket) chain.push(socket);
  return normalize(chain[chain.length - 1 - trustedHops] ?? chain[0]);
}
