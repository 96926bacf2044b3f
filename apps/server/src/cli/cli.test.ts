import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connectDatabase } from "../db/connect.ts";

const BIN = path.resolve(import.meta.dirname, "../../bin/jiuye.js");
const dataDir = mkdtempSync(path.join(tmpdir(), "jiuye-cli-"));

function jiuye(args: string[], input = "") {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, JIUYE_SECRET: "c".repeat(40) };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// The CLI runs against the embedded database in a temporary DATA_DIR.
describe("jiuye CLI", () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("lists its subcommands", () => {
    const { code, out } = jiuye(["--help"]);
    expect(code).toBe(0);
    expect(out).toMatch(/user\s+accounts/);
    expect(out).toMatch(/regions\s+administrative divisions/);
    expect(out).toMatch(/tasks\s+background tasks/);
  });

  it("adds an account with the password from stdin, refusing a weak one, and audits it", async () => {
    const weak = jiuye(
      ["user", "add", "--role", "staff", "--region", "652325", "--username", "qitai.clerk"],
      "short\n",
    );
    expect(weak.code).toBe(1);
    expect(weak.err).toContain("password (stdin): at least 10 characters");
    const ok = jiuye(
      [
        "user",
        "add",
        "--role",
        "staff",
        "--region",
        "652325",
        "--username",
        "qitai.clerk",
        "--display-name",
        "奇台县办事员",
      ],
      "a-good-long-password\n",
    );
    expect(ok.err).toBe("");
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/created staff account qitai.clerk .* in 奇台县/);
    const again = jiuye(
      ["user", "add", "--role", "staff", "--region", "652325", "--username", "QITAI.clerk"],
      "a-good-long-password\n",
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain("This username is taken");

    const handle = await connectDatabase({ dataDir: path.join(dataDir, "db") });
    try {
      const user = await handle.db
        .selectFrom("users")
        .selectAll()
        .where("username", "=", "qitai.clerk")
        .executeTakeFirstOrThrow();
      expect(user).toMatchObject({ role: "staff", region_code: "652325", display_name: "奇台县办事员" });
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      const audit = await handle.db
        .selectFrom("audit_log")
        .selectAll()
        .where("record_id", "=", user.id)
        .execute();
      expect(audit).toEqual([
        expect.objectContaining({ action: "users.create", actor_name: expect.stringMatching(/^cli:/) }),
      ]);
    } finally {
      await handle.close();
    }
  });

  it("imports regions with located errors and a non-zero exit for bad rows", () => {
    const file = path.join(dataDir, "villages.csv");
    writeFileSync(
      file,
      "code,name,level,parent_code\n652325100299,新村,5,652325100\n65232510029X,坏码,5,652325100\n",
    );
    const dry = jiuye(["regions", "import", file, "--dry-run"]);
    expect(dry.code).toBe(1);
    expect(dry.err).toContain(`${file}: row 3, column code:`);
    expect(dry.out).toContain("dry run: would insert 1, updated 0, unchanged 0, rejected 1");
  });
});
