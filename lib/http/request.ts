type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** The client's address as the reverse proxy reports it (first X-Forwarded-For hop). */
export function clientIp(headers: HeaderSource): string | null {
  const forwarded = header(headers, "x-forwarded-for");
  const ip = forwarded?.split(",")[0]?.trim() || header(headers, "x-real-ip") || null;
  return ip ? ip.slice(0, 64) : null;
}
