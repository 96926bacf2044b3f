import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { auditCliWrite, withPlatform } from "../../cli/context.ts";
import { importPlanWorkbook, type Located } from "./targets.import.ts";

function where(file: string, at: Located): string {
  return [file, `sheet ${at.sheet}`, at.row ? `row ${at.row}` : "", at.column ? `column ${at.column}` : ""]
    .filter((part) => part !== "")
    .join(", ");
}

export function planCommands(program: Command): void {
  const plan = program.command("plan").description("plans (工作要点) and their targets");
  plan
    .command("import <file>")
    .description(
      "import target tables from an .xlsx laid out as governments write them (title, 单位 line, merged header rows, /, 合计) into the plan --key (default: the file's name), created when new; sums that do not add up are warned about and imported anyway",
    )
    .option("--key <key>", "the plan to import into (default: the file's name without .xlsx)")
    .option("--year <year>", "the year of a new plan, when the title names none")
    .option("--dry-run", "read, match and check everything and report what would change; write nothing")
    .option("--json", "print { plan, targets, warnings, errors, summary } as JSON")
    .action(async (file: string, opts: { key?: string; year?: string; dryRun?: boolean; json?: boolean }) => {
      const content = await readFile(file);
      const result = await withPlatform(async (deps) => {
        const run = await importPlanWorkbook(deps, {
          file: content,
          fileName: file,
          key: opts.key,
          year: opts.year === undefined ? undefined : Number(opts.year),
          dryRun: opts.dryRun === true,
        });
        if (!opts.dryRun) {
          const details = { file, ...run.summary, warnings: run.warnings.length, errors: run.errors.length };
          await auditCliWrite(
            deps.db,
            { action: "targets.importPlan", recordType: "plan", recordId: run.plan.id, details },
            deps.clock.now(),
          );
        }
        return run;
      });
      if (opts.json) console.log(JSON.stringify(result, null, 2));
      else {
        for (const { code, sheet, row, column, ...details } of result.warnings)
          console.error(`${where(file, { sheet, row, column })}: warning ${code} ${JSON.stringify(details)}`);
        for (const e of result.errors)
          console.error(`${where(file, e)}: ${e.code}: ${e.message} (${e.written})`);
        const s = result.summary;
        console.log(
          `${opts.dryRun ? "dry run: " : ""}plan ${result.plan.key} (${result.plan.created ? "new" : "existing"}): ${result.targets.length} targets: created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}; ${result.warnings.length} warnings, ${result.errors.length} errors`,
        );
      }
      if (result.errors.length > 0) process.exitCode = 1;
    });
}
