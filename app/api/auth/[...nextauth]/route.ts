import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { AppError, errorBody } from "@/lib/http/errors";
import { SIGN_IN_ERRORS } from "@/lib/auth/schema";

// next-auth's sign-in, sign-out and CSRF endpoints (credentials provider; see lib/auth/options.ts).
const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

export const GET = (req: Request, ctx: Ctx) => handler(req, ctx);

// POST /api/auth/callback/credentials — a locked account is answered 429 in the API's error shape;
// next-auth's client still reads the `url` field it expects.
export async function POST(req: Request, ctx: Ctx) {
  const res: Response = await handler(req, ctx);
  if (!new URL(req.url).pathname.endsWith("/callback/credentials")) return res;
  const data = await res
    .clone()
    .json()
    .catch(() => null);
  if (!data?.url || new URL(data.url, req.url).searchParams.get("error") !== "LOCKED") return res;
  const headers = new Headers(res.headers);
  headers.set("Cache-Control", "no-store");
  headers.delete("content-length");
  return new Response(JSON.stringify({ url: data.url, ...errorBody(new AppError("LOCKED", SIGN_IN_ERRORS.LOCKED)) }), {
    status: 429,
    headers,
  });
}
