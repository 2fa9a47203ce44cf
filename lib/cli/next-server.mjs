// The HTTP server in front of Next.js, run by `npm start`, `npm run demo`, `npm run dev` and the e2e
// server: `node lib/cli/next-server.mjs <start|dev> <port> [host]`.
// It exists for one thing Next.js does not give route handlers: the socket's address. Each request
// gets it in X-Client-Address, replacing whatever a client sent under that name (lib/http/request.ts).
// With WEB_CONCURRENCY=N (production only) N workers share the port, each a whole Next.js server
// (lib/cli/cluster.mjs); daily jobs already run once across processes (lib/jobs).
// Plain JavaScript, so production runs it with node alone.
import http from "node:http";
import next from "next";
import { announces, runPrimary, workerCount } from "./cluster.mjs";

const [mode = "start", portText = process.env.PORT || "3000", host] = process.argv.slice(2);
const port = Number(portText);
const workers = mode === "dev" ? 1 : workerCount();

if (!runPrimary(workers)) {
  const app = next({ dev: mode === "dev", hostname: host ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    req.headers["x-client-address"] = req.socket.remoteAddress ?? "";
    void handle(req, res);
  });
  if (mode === "dev") server.on("upgrade", app.getUpgradeHandler());
  server.listen(port, host, () => {
    if (announces())
      console.log(
        `▲ Next.js ${mode} on http://${host ?? "localhost"}:${port}${workers > 1 ? ` (${workers} workers)` : ""}`,
      );
  });

  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
