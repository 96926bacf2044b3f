import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { registerSeeker } from "../../testing/accounts.ts";
import { openTestApp, type TestApp } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { idNumber } from "../../testing/people.ts";
import { publishedPosting } from "../../testing/postings.ts";

const PLACEMENT_INDICATORS = ["urban_new_jobs", "unemployed_reemployed", "hardship_employed"];

describe.each(testEngines())(
  "hires confirmed on the platform beside the plan's indicators on %s",
  (engine) => {
    let t: TestApp;
    let changji: string;
    const clock = fixedClock("2026-06-30T04:00:00Z");
    beforeAll(async () => {
      t = await openTestApp(engine, { clock });
      const plans = (await (await t.as("admin")).request("GET", "/api/v1/plans")).json().items;
      changji = plans.find((p: { key: string }) => p.key === "changji-2026").id;
    });
    afterAll(async () => t?.close());

    /** The platform counts of the placement indicators in a region's row on a date. */
    const platformCounts = async (regionCode: string, on: string) => {
      const leader = await t.as("leader.changji");
      const progress = (await leader.request("GET", `/api/v1/plans/${changji}/progress?on=${on}`)).json();
      const row = progress.rows.find((r: { region: { code: string } }) => r.region.code === regionCode);
      return PLACEMENT_INDICATORS.map((code) => {
        const cell = row.cells[progress.indicators.findIndex((i: { code: string }) => i.code === code)];
        return { code, platform: cell.platform, actual: cell.actual };
      });
    };

    it("counts each hire once, the registered unemployed and 就业困难人员 among them, by residence and date", async () => {
      const employer = await t.as("employer.demo");
      let seq = 500;
      const hire = async (username: string, fields: object) => {
        const who = await registerSeeker(t, username, {
          fields: { idNumber: idNumber(++seq), phone: `13899991${seq}`, ...fields },
        });
        const postingId = await publishedPosting(t, { title: `岗位${seq}` });
        const id = (await who.client.request("POST", `/api/v1/job-postings/${postingId}/apply`)).json()
          .application.id;
        await employer.request("POST", `/api/v1/applications/${id}/status`, { status: "offer" });
        const hired = await employer.request("POST", `/api/v1/applications/${id}/status`, {
          status: "hired",
        });
        expect(hired.json().application.status).toBe("hired");
      };
      await hire("placed.plain", {});
      await hire("placed.unemployed", { registeredUnemployed: true });
      await hire("placed.hardship", { hardshipCategory: "652300-01" });
      // Offered but not hired: not a placement.
      const waiting = await registerSeeker(t, "placed.waiting", {
        fields: { idNumber: idNumber(++seq), phone: `13899991${seq}`, registeredUnemployed: true },
      });
      const open = await publishedPosting(t, { title: "待定岗位" });
      const pending = (await waiting.client.request("POST", `/api/v1/job-postings/${open}/apply`)).json();
      await employer.request("POST", `/api/v1/applications/${pending.application.id}/status`, {
        status: "offer",
      });

      const at = (value: number) => ({ value, asOf: "2026-06-30" });
      const qitai = await platformCounts("652325", "2026-06-30");
      expect(qitai).toEqual([
        { code: "urban_new_jobs", platform: at(3), actual: null },
        { code: "unemployed_reemployed", platform: at(1), actual: null },
        { code: "hardship_employed", platform: at(1), actual: null },
      ]);
      // The prefecture's own row counts its whole subtree; another county counts none.
      expect((await platformCounts("652300", "2026-06-30")).map((c) => c.platform?.value)).toEqual([3, 1, 1]);
      expect((await platformCounts("652301", "2026-06-30")).map((c) => c.platform?.value)).toEqual([0, 0, 0]);
      // Through May, the June hires are not counted yet.
      const may = await platformCounts("652325", "2026-05-31");
      expect(may.map((c) => c.platform)).toEqual([0, 0, 0].map((value) => ({ value, asOf: "2026-05-31" })));
    });

    it("shows no platform count for indicators the platform sees nothing of", async () => {
      const leader = await t.as("leader.changji");
      const progress = (
        await leader.request("GET", `/api/v1/plans/${changji}/progress?on=2026-06-30`)
      ).json();
      const training = progress.indicators.findIndex(
        (i: { code: string }) => i.code === "vocational_training",
      );
      expect(training).toBeGreaterThanOrEqual(0);
      for (const row of progress.rows) expect(row.cells[training]?.platform ?? null).toBeNull();
    });
  },
);
