import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's sign-in, sign-out and CSRF endpoints (credentials provider; see lib/auth/options.ts).
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
