import { Command } from "commander";
import { postingCommands } from "../modules/job-intake/job-intake.cli.ts";
import { peopleCommands } from "../modules/people/people.cli.ts";
import { regionCommands } from "../modules/regions/regions.cli.ts";
import { planCommands } from "../modules/targets/targets.cli.ts";
import { userCommands } from "../modules/users/users.cli.ts";
import { wageCommands } from "../modules/wages/wages.cli.ts";
import { taskCommands } from "../tasks/tasks.cli.ts";
import { APP_VERSION } from "../version.ts";

/** `npx jiuye …`: each module adds its own subcommands. */
const program = new Command()
  .name("jiuye")
  .description("Jiuye (就业) command line: accounts, imports and maintenance on the configured database")
  .version(APP_VERSION);

for (const add of [
  userCommands,
  regionCommands,
  postingCommands,
  peopleCommands,
  planCommands,
  wageCommands,
  taskCommands,
])
  add(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
