import type { Command } from "commander";
import { withPlatform } from "../cli/context.ts";

export function taskCommands(program: Command): void {
  const tasks = program.command("tasks").description("background tasks");
  tasks
    .command("run-due")
    .description("run every due task and schedule once, then exit (for an outside scheduler)")
    .action(async () => {
      const summary = await withPlatform(async (deps) => {
        if (deps.tasks.kind === "in-process") {
          throw new Error(
            "with the embedded database, tasks run inside the server (npm start); this needs DATABASE_URL",
          );
        }
        return deps.tasks.runDue();
      });
      console.log(`done ${summary.done}, retried ${summary.retried}, failed ${summary.failed}`);
    });
}
