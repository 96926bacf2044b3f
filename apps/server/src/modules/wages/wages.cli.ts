import { readFile } from "node:fs/promises";
import { parseBundleText } from "@jiuye/wages/bundle";
import { evaluateBundle } from "@jiuye/wages/evaluate";
import type { Command } from "commander";
import { readStdin } from "../../cli/context.ts";

export function wageCommands(program: Command): void {
  const wages = program
    .command("wages")
    .description("wage-payment monitoring of construction projects (欠薪预警)");
  wages
    .command("evaluate <file>")
    .description(
      "evaluate a project bundle (JSON, as POST /api/v1/wages/evaluate takes; - for stdin) and print its alerts as that route answers; nothing is stored",
    )
    .action(async (file: string) => {
      const text = file === "-" ? await readStdin() : await readFile(file, "utf8");
      const parsed = parseBundleText(text);
      if (!parsed.ok) {
        for (const error of parsed.errors) console.error(`${file} ${error.path}: ${error.message}`);
        console.error(`${parsed.errors.length} error(s); nothing was evaluated`);
        process.exitCode = 1;
        return;
      }
      console.log(JSON.stringify(evaluateBundle(parsed.bundle), null, 2));
    });
}
