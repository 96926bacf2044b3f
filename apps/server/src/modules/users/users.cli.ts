import { passwordSchema, usernameSchema } from "@jiuye/contract/auth";
import { ROLES, type Role } from "@jiuye/contract/route";
import type { Command } from "commander";
import { auditCliWrite, readStdin, withPlatform } from "../../cli/context.ts";
import { createAccount } from "./users.service.ts";

export function userCommands(program: Command): void {
  const user = program.command("user").description("accounts");
  user
    .command("add")
    .description(
      "create an account; the password is read from standard input (e.g. `echo … | npx jiuye user add …`)",
    )
    .requiredOption("--role <role>", `one of ${ROLES.join(", ")}`)
    .requiredOption("--region <code>", "GB/T 2260 region code of the account's jurisdiction or residence")
    .requiredOption("--username <name>", "login name")
    .option("--display-name <name>", "name shown in the console (default: the username)")
    .option("--organisation <id>", "organisation id (employer and department accounts)")
    .action(
      async (opts: {
        role: string;
        region: string;
        username: string;
        displayName?: string;
        organisation?: string;
      }) => {
        if (!(ROLES as readonly string[]).includes(opts.role))
          throw new Error(`--role must be one of ${ROLES.join(", ")}`);
        const username = usernameSchema.safeParse(opts.username);
        if (!username.success) throw new Error(`--username: ${username.error.issues[0]?.message}`);
        const password = passwordSchema.safeParse((await readStdin()).replace(/\r?\n$/, ""));
        if (!password.success) throw new Error(`password (stdin): ${password.error.issues[0]?.message}`);
        const row = await withPlatform((deps) =>
          deps.db.transaction().execute(async (db) => {
            const created = await createAccount({
              db,
              clock: deps.clock,
              regions: deps.regions,
              account: {
                username: username.data,
                displayName: opts.displayName ?? username.data,
                password: password.data,
                role: opts.role as Role,
                regionCode: opts.region,
                organisationId: opts.organisation ?? null,
              },
            });
            const details = { role: created.role };
            await auditCliWrite(
              db,
              { action: "users.create", recordType: "user", recordId: created.id, details },
              deps.clock.now(),
            );
            return created;
          }),
        );
        console.log(
          `created ${row.role} account ${row.username} (${row.id}) in ${row.region_name ?? row.region_code}`,
        );
      },
    );
}
