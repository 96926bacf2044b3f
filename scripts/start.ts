// `npm start`: builds the web app when it has not been built yet, then runs the server.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const index = new URL("../apps/web/dist/index.html", import.meta.url);
if (!existsSync(index)) {
  console.log("Building the web app once (about a minute on a slow machine)…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["run", "build", "--workspace", "@jiuye/web"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import("../apps/server/src/main.ts");
