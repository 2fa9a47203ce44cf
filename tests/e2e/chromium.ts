import fs from "node:fs";
import { createRequire } from "node:module";

/**
 * The browser for e2e tests, never downloaded: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else the Chromium that ships inside the @sparticuz/chromium npm package.
 */
export async function chromiumPath(): Promise<string> {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  ) as string[];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  const require = createRequire(import.meta.url);
  const sparticuz = require("@sparticuz/chromium") as { executablePath: () => Promise<string> };
  return sparticuz.executablePath();
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
