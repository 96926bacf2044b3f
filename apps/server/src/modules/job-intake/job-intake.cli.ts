import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { checkInputSchema } from "@jiuye/contract/job-intake";
import type { Command } from "commander";
import { auditCliWrite, printRowErrors, progressBar, withPlatform } from "../../cli/context.ts";
import { jsonPath } from "../../lib/errors.ts";
import { checkDraft } from "../jobs/jobs.rules.ts";
import { importPostingsFile } from "./job-intake.import.ts";

export function postingCommands(program: Command): void {
  const postings = program.command("postings").description("job postings (岗位归集)");
  postings
    .command("import <file>")
    .description(
      "import postings from .xlsx or .csv in the template's columns; re-importing the same file changes nothing",
    )
    .option("--source <name>", "source name recorded with each posting", "import")
    .option("--dry-run", "check every row and report what would happen; write nothing")
    .action(async (file: string, opts: { source: string; dryRun?: boolean }) => {
      const format = file.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv";
      const content = await readFile(file);
      const result = await withPlatform(async (deps) => {
        const run = await importPostingsFile(deps, {
          file: content,
          format,
          source: opts.source,
          dryRun: opts.dryRun === true,
          actor: { id: null, name: "cli" },
          regionPath: null,
          onProgress: progressBar,
        });
        if (!opts.dryRun) {
          const details = { file, ...run.summary, errors: run.errors.length };
          await auditCliWrite(
            deps.db,
            { action: "jobs.import", recordType: "job_postings", recordId: null, details },
            deps.clock.now(),
          );
        }
        return run;
      });
      printRowErrors(result.errors, file);
      const s = result.summary;
      console.log(
        `${opts.dryRun ? "dry run: " : ""}rows ${result.totalRows}: created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, merged ${s.merged}, rejected ${s.rejected}`,
      );
      if (s.rejected > 0 || result.errors.some((e) => e.row === 1)) process.exitCode = 1;
    });

  postings
    .command("check <file>")
    .description(
      "check postings (one JSON object per line, as POST /api/v1/job-postings/check takes) against the law",
    )
    .action(async (file: string) => {
      const schema = checkInputSchema;
      let line = 0;
      let bad = 0;
      for await (const text of createInterface({
        input: createReadStream(file),
        crlfDelay: Number.POSITIVE_INFINITY,
      })) {
        line++;
        if (!text.trim()) continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          console.error(`${file}: line ${line}: not JSON: ${(error as Error).message}`);
          bad++;
          continue;
        }
        const input = schema.safeParse(parsed);
        if (!input.success) {
          for (const issue of input.error.issues)
            console.error(`${file}: line ${line}: ${jsonPath(issue.path)}: ${issue.message}`);
          bad++;
          continue;
        }
        console.log(JSON.stringify({ line, findings: checkDraft(input.data, new Date()) }));
      }
      if (bad > 0) process.exitCode = 1;
    });
}
