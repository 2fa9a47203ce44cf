// npm run county -- <command>: counties (县人大) and their accounts, kept from the command line.
//   create-county  --code <code> --name <name>
//   attach         --county <code> --township <township code>     (a township into a county)
//   create-account --county <code> --username <name> --name <display name> [--township <township code>]
//   reset-password --username <name>        (a new one-time password; sessions end, a sign-in lock is lifted)
//   disable | enable --username <name>
//   list
import { parseArgs } from "node:util";
import { ensureDatabase } from "@/lib/db/database";

const USAGE = `用法 (usage):
  npm run county -- create-county --code <县代码> --name <县名称>
  npm run county -- attach --county <县代码> --township <乡镇代码>
  npm run county -- create-account --county <县代码> --username <用户名> --name <姓名> [--township <乡镇代码>]
  npm run county -- reset-password --username <用户名>
  npm run county -- disable --username <用户名>
  npm run county -- enable --username <用户名>
  npm run county -- list`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    code: { type: "string" },
    name: { type: "string" },
    county: { type: "string" },
    township: { type: "string" },
    username: { type: "string" },
  },
});

const database = await ensureDatabase();
process.env.DATABASE_URL = database.url;
const admin = await import("@/lib/county/admin");
const { db } = await import("@/lib/db");
try {
  switch (positionals[0]) {
    case "create-county": {
      const county = await admin.createCounty({ code: values.code ?? "", name: values.name ?? "" });
      console.log(`县 ${county.name}（${county.code}）已建立。`);
      break;
    }
    case "attach": {
      const t = await admin.attachTownship(values.county ?? "", values.township ?? "");
      console.log(`乡镇 ${t.name}（${t.code}）已归入 ${values.county}。`);
      break;
    }
    case "create-account": {
      const r = await admin.createCountyAccount({
        county: values.county ?? "",
        township: values.township,
        username: values.username ?? "",
        displayName: values.name ?? "",
      });
      console.log(`县人大账号 ${r.user.username}（${r.county.name}，挂靠 ${r.township.name}）已建立。`);
      console.log(`一次性密码（只显示这一次，首次登录后须修改）：${r.password}`);
      break;
    }
    case "reset-password": {
      const r = await admin.resetCountyAccount(values.username ?? "");
      console.log(`县人大账号 ${r.username} 的密码已重置，原有登录已失效。`);
      console.log(`一次性密码（只显示这一次，登录后须修改）：${r.password}`);
      break;
    }
    case "disable":
    case "enable": {
      const r = await admin.setCountyAccountActive(values.username ?? "", positionals[0] === "enable");
      console.log(`县人大账号 ${r.username} 已${r.active ? "启用" : "停用"}。`);
      break;
    }
    case "list":
      for (const c of await admin.listCounties()) {
        console.log(`${c.name}（${c.code}）`);
        for (const t of c.townships) {
          const accounts = t.users.map((u) => `${u.username}${u.active ? "" : "（已停用）"}`).join("、");
          console.log(`  ${t.name}（${t.code}）${accounts ? `  县人大账号：${accounts}` : ""}`);
        }
      }
      break;
    default:
      console.log(USAGE);
      process.exitCode = positionals[0] ? 1 : 0;
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
