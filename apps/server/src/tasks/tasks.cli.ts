import type { Command } from "commander";
import { withPlatform } from "../cli/context.ts";

export function taskCommands(program: Command): void {
  const tasks = program.command("tasks").description("background tasks");
  tasks
    .command("run-due")
    .description("run every due task and schedule once, then exit (for an outside scheduler)")
    .action(async () => {
      const summary = await withPlatform((deps) => deps.tasks.runDue());
      console.log(`done ${summary.done}, retried ${summary.retried}, failed ${summary.failed}`);
    });
}
