// A stand-in for lib/cli/next-server.mjs: the same primary (lib/cli/cluster.mjs), workers answering their pid
// and whether they were given the cache bus. `node cluster-fixture.mjs <port>`.
import http from "node:http";
import { runPrimary, workerCount } from "../../../lib/cli/cluster.mjs";

const port = Number(process.argv[2]);
if (!runPrimary(workerCount())) {
  const server = http.createServer((_req, res) => {
    res.setHeader("connection", "close");
    res.end(JSON.stringify({ pid: process.pid, bus: process.env.CACHE_BUS ?? null }));
  });
  server.listen(port, "127.0.0.1");
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}
