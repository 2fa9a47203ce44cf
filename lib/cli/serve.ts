// npm start (production) / npm run dev — database, migrations check, then Next.js.
import { serve } from "@/lib/cli/server";

await serve({ mode: process.argv.includes("--dev") ? "dev" : "start" });
