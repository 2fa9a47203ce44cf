// The registry reachable here serves only this platform's builds, so `npm install` leaves other
// platforms' optional packages (e.g. @next/swc-darwin-arm64) out of package-lock.json and `npm ci`
// then refuses the lock as out of sync. This adds those entries back as optional packages for their
// own os/cpu, which npm skips on this platform. Run after changing dependencies:
//   npm install && node .ci/complete-lock.mjs
import fs from "node:fs";

const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const pkgs = lock.packages;
const OS = ["darwin", "win32", "android", "freebsd", "openharmony", "linux", "sunos", "aix", "openbsd", "netbsd"];
const CPU = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"];

function platformOf(name) {
  const base = name.split("/").pop();
  if (base.includes("wasm32")) return { cpu: ["wasm32"] };
  const os = OS.find((o) => base.includes(`-${o}`));
  const cpu =
    CPU.find((c) => base.includes(`-${c}`)) ?? (base.includes("-arm-") || base.endsWith("-arm") ? "arm" : undefined);
  const libc = base.includes("musl") ? ["musl"] : base.includes("gnu") && os === "linux" ? ["glibc"] : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [location, entry] of Object.entries(pkgs)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const here = location ? `${location}/node_modules/${name}` : `node_modules/${name}`;
    if (pkgs[here] || pkgs[`node_modules/${name}`]) continue;
    const version = String(spec).replace(/^[\^~=]/, "");
    if (!/^\d+\.\d+\.\d+/.test(version)) continue;
    pkgs[`node_modules/${name}`] = { version, dev: entry.dev || undefined, optional: true, ...platformOf(name) };
    added++;
  }
}
fs.writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`complete-lock: added ${added} optional platform entries`);
