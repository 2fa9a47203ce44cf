import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { AppError, errorBody } from "@/lib/http/errors";
import { errorResponse } from "@/lib/http/route";
import { SIGN_IN_ERRORS } from "@/lib/auth/schema";
import { assertSameSiteWrite } from "@/lib/http/origin";

// next-auth's sign-in, sign-out and CSRF endpoints (credentials provider; see lib/auth/options.ts).
const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

export const GET = (req: Request, ctx: Ctx) => handler(req, ctx);

// POST /api/auth/callback/credentials — a locked account is answered 429, a database that cannot be
// reached 503, in the API's error shape;
// next-auth's client still reads the `url` field it expects.
// next-auth 4 already checks its double-submit CSRF token on sign-in and sign-out; the same
// Origin/content-type guard as the API comes first (its client posts form-urlencoded, its logger JSON).
export async function POST(req: Request, ctx: Ctx) {
  try {
    assertSameSiteWrite(req, ["form", "json"]);
  } catch (err) {
    return errorResponse(err, crypto.randomUUID());
  }
  const res: Response = await handler(req, ctx);
  if (!new URL(req.url).pathname.endsWith("/callback/credentials")) return res;
  const data = await res
    .clone()
    .json()
    .catch(() => null);
  const code = data?.url ? new URL(data.url, req.url).searchParams.get("error") : null;
  const error =
    code === "LOCKED"
      ? new AppError("LOCKED", SIGN_IN_ERRORS.LOCKED)
      : code === "DB_UNAVAILABLE"
        ? new AppError("UNAVAILABLE", SIGN_IN_ERRORS.DB_UNAVAILABLE)
        : null;
  if (!error) return res;
  const headers = new Headers(res.headers);
  headers.set("Cache-Control", "no-store");
  headers.delete("content-length");
  return new Response(JSON.stringify({ url: data.url, ...errorBody(error) }), { status: error.status, headers });
}
