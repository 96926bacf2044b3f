import { validateCreditCode } from "@jiuye/identifiers/gb32100";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";

export interface EmployerRef {
  name: string;
  creditCode: string;
  regionCode: string;
}

/**
 * Finds employers by 统一社会信用代码, registering the unknown ones as unverified employers (a
 * feed or file may name an employer the platform has not met). Codes that fail GB 32100 are
 * returned as errors by index. Every region code must exist (the caller checks).
 */
export async function resolveEmployers(
  db: Kysely<Database>,
  refs: EmployerRef[],
  options: { dryRun?: boolean } = {},
) {
  const found = new Map<string, { id: string; name: string; creditCode: string }>();
  const invalid = new Set<number>();
  const wanted = new Map<string, EmployerRef>();
  refs.forEach((ref, i) => {
    const code = ref.creditCode.trim().toUpperCase();
    if (!validateCreditCode(code).ok) invalid.add(i);
    else if (!wanted.has(code)) wanted.set(code, { ...ref, creditCode: code });
  });
  const codes = [...wanted.keys()];
  if (codes.length > 0 && !options.dryRun) {
    await db
      .insertInto("organisations")
      .values(
        [...wanted.values()].map((ref) => ({
          kind: "employer" as const,
          name: ref.name.trim(),
          credit_code: ref.creditCode,
          region_code: ref.regionCode,
          seq: null,
        })),
      )
      .onConflict((oc) => oc.column("credit_code").doNothing())
      .execute();
  }
  if (codes.length > 0) {
    const rows = await db
      .selectFrom("organisations")
      .select(["id", "name", "credit_code"])
      .where("credit_code", "in", codes)
      .execute();
    for (const r of rows)
      if (r.credit_code) found.set(r.credit_code, { id: r.id, name: r.name, creditCode: r.credit_code });
    // A dry run registers nobody: new employers stand in under a placeholder id.
    for (const [code, ref] of wanted)
      if (!found.has(code)) found.set(code, { id: `new:${code}`, name: ref.name, creditCode: code });
  }
  return {
    employerAt: (i: number) =>
      invalid.has(i) ? null : (found.get((refs[i]?.creditCode ?? "").trim().toUpperCase()) ?? null),
    invalid,
  };
}
