import { loadConfig } from "./config.ts";
import { buildApp } from "./http/app.ts";
import { openPlatform } from "./platform.ts";
import { seedDemoAccounts } from "./seed/demo.ts";
import { seedDemoPeople } from "./seed/demo-people.ts";
import { seedDemoPostings } from "./seed/demo-postings.ts";

/** Composition root: config → database → demo data on first start → HTTP → tasks. */
async function main(): Promise<void> {
  const config = loadConfig();
  const platform = await openPlatform(config);
  const { deps } = platform;
  const demo = config.demo ? await seedDemoAccounts(deps, config.demoPassword) : [];
  if (demo.length > 0) await seedDemoPeople(deps);
  if (demo.length > 0) await seedDemoPostings(deps);
  const app = await buildApp(deps);
  await app.listen({ port: config.port, host: config.host });
  deps.tasks.start();

  const where =
    deps.dbKind === "pglite" ? `embedded PGlite in ${config.dataDir}/db` : "PostgreSQL (DATABASE_URL)";
  const url = `http://${config.host === "0.0.0.0" || config.host === "127.0.0.1" ? "localhost" : config.host}:${config.port}`;
  console.log(
    `\nJiuye is running at ${url}  (console: ${url}/console, API docs: ${url}/api/docs)\nDatabase: ${where}`,
  );
  if (demo.length > 0) {
    console.log(`\nDemo data loaded. Demo logins (password for all: ${config.demoPassword}):`);
    for (const d of demo)
      console.log(`  ${d.username.padEnd(16)} ${d.role.padEnd(11)} ${d.regionCode}  ${d.displayName}`);
    console.log("Change these passwords, or start with JIUYE_DEMO=false, before real use.\n");
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down");
    await app.close();
    await platform.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
