// npm run demo — migrate, seed the demo township into an empty database, build and serve on :3000.
import { serve } from "@/lib/cli/server";

await serve({ mode: "demo" });
