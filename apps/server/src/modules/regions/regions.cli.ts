import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { auditCliWrite, printRowErrors, withPlatform } from "../../cli/context.ts";
import { importRegions } from "./regions.service.ts";

export function regionCommands(program: Command): void {
  const regions = program.command("regions").description("administrative divisions (GB/T 2260)");
  regions
    .command("import <file>")
    .description("import townships and villages from .csv or .xlsx (columns code,name,level,parent_code)")
    .option("--dry-run", "check and count, write nothing")
    .action(async (file: string, opts: { dryRun?: boolean }) => {
      const format = file.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv";
      const content = await readFile(file);
      const result = await withPlatform((deps) =>
        deps.db.transaction().execute(async (db) => {
          const imported = await importRegions({
            db,
            clock: deps.clock,
            directory: deps.regions,
            jurisdictionPath: null,
            file: content,
            format,
            dryRun: opts.dryRun === true,
          });
          if (!imported.dryRun) {
            const details = {
              file,
              inserted: imported.inserted,
              updated: imported.updated,
              errors: imported.errors.length,
            };
            await auditCliWrite(
              db,
              { action: "regions.import", recordType: "regions", recordId: null, details },
              deps.clock.now(),
            );
          }
          return imported;
        }),
      );
      printRowErrors(result.errors, file);
      console.log(
        `${result.dryRun ? "dry run: would insert" : "inserted"} ${result.inserted}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.errors.length}`,
      );
      if (result.errors.length > 0) process.exitCode = 1;
    });
}
