import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { auditCliWrite, printRowErrors, progressBar, withPlatform } from "../../cli/context.ts";
import { importPeopleFile } from "./people.import.ts";
import { peopleDeps } from "./people.service.ts";

export function peopleCommands(program: Command): void {
  const people = program.command("people").description("the labour-force registry (劳动力资源库)");
  people
    .command("import <file>")
    .description(
      "import people from .xlsx or .csv in the template's columns, stating who collected their consent and for what; re-importing the same file changes nothing",
    )
    .requiredOption("--consent-by <who>", "who collected the people's consent (office, person)")
    .requiredOption("--consent-purpose <purpose>", "what the people agreed to be registered for")
    .option("--dry-run", "check every row and report what would happen; write nothing")
    .action(async (file: string, opts: { consentBy: string; consentPurpose: string; dryRun?: boolean }) => {
      if (opts.consentBy.trim().length < 2 || opts.consentPurpose.trim().length < 4)
        throw new Error("--consent-by and --consent-purpose must say who collected consent and for what");
      const content = await readFile(file);
      const result = await withPlatform(async (deps) => {
        const run = await importPeopleFile(peopleDeps(deps), {
          file: content,
          format: file.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv",
          dryRun: opts.dryRun === true,
          importId: null,
          consent: { collectedBy: opts.consentBy.trim(), purpose: opts.consentPurpose.trim() },
          recorder: { id: null, name: "cli", level: null },
          regionPath: null,
          onProgress: progressBar,
        });
        if (!opts.dryRun) {
          const details = { file, ...run.summary, errors: run.errors.length };
          await auditCliWrite(
            deps.db,
            { action: "people.import", recordType: "people", recordId: null, details },
            deps.clock.now(),
          );
        }
        return run;
      });
      printRowErrors(result.errors, file);
      const s = result.summary;
      console.log(
        `${opts.dryRun ? "dry run: " : ""}rows ${result.totalRows}: created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, rejected ${s.rejected}`,
      );
      if (s.rejected > 0 || result.errors.some((e) => e.row === 1 && e.message.startsWith("the header")))
        process.exitCode = 1;
    });
}
