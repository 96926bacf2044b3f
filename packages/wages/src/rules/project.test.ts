import { describe, expect, it } from "vitest";
import { alertsOf, cleanBundle } from "../testing/bundle.ts";
import { type Draft, runCases as run } from "../testing/cases.ts";

function deposit(b: Draft) {
  const d = b.project.deposit;
  if (!d) throw new Error("the clean bundle has a deposit");
  return d;
}

describe("the clean bundle", () => {
  it("raises nothing", () => expect(alertsOf(cleanBundle())).toEqual([]));
});

describe("WA01 started and not registered", () => {
  run([
    [
      "registered on asOf",
      (b) => {
        b.project.registeredOn = "2026-06-15";
      },
      [],
    ],
    [
      "registered the day after asOf",
      (b) => {
        b.project.registeredOn = "2026-06-16";
      },
      ["WA01 yellow"],
    ],
    [
      "never registered",
      (b) => {
        b.project.registeredOn = null;
      },
      ["WA01 yellow"],
    ],
    [
      "registered late, before asOf",
      (b) => {
        b.project.registeredOn = "2026-06-01";
      },
      [],
    ],
    [
      "started on asOf, not registered",
      (b) => Object.assign(b.project, { startedOn: "2026-06-15", registeredOn: null }),
      ["WA01 yellow"],
    ],
    [
      "starts after asOf, not registered",
      (b) => Object.assign(b.project, { startedOn: "2026-06-16", registeredOn: null }),
      [],
    ],
    ["not started", (b) => Object.assign(b.project, { startedOn: null, registeredOn: null }), []],
  ]);
});

describe("WA02 no special account 30 calendar days after the contract", () => {
  run([
    [
      "signed 30 days before asOf, no account",
      (b) => Object.assign(b.project, { contractSignedOn: "2026-05-16", specialAccount: null }),
      [],
    ],
    [
      "signed 31 days before asOf, no account",
      (b) => Object.assign(b.project, { contractSignedOn: "2026-05-15", specialAccount: null }),
      ["WA02 red"],
    ],
    [
      "account opened on asOf",
      (b) => {
        b.project.specialAccount = { openedOn: "2026-06-15" };
      },
      [],
    ],
    [
      "account opened after asOf",
      (b) => {
        b.project.specialAccount = { openedOn: "2026-06-16" };
      },
      ["WA02 red"],
    ],
    [
      "account without an opening date",
      (b) => {
        b.project.specialAccount = { openedOn: null };
      },
      ["WA02 red"],
    ],
    [
      "account opened late, before asOf",
      (b) => {
        b.project.specialAccount = { openedOn: "2026-04-01" };
      },
      [],
    ],
  ]);
});

describe("WA03 no valid deposit 20 working days after the permit", () => {
  run([
    [
      "no deposit",
      (b) => {
        b.project.deposit = null;
      },
      ["WA03 red"],
    ],
    [
      "permit 20 working days before asOf",
      (b) => Object.assign(b.project, { permitIssuedOn: "2026-05-18", deposit: null }),
      [],
    ],
    [
      "permit 21 working days before asOf",
      (b) => Object.assign(b.project, { permitIssuedOn: "2026-05-15", deposit: null }),
      ["WA03 red"],
    ],
    [
      "no permit: counted from the contract",
      (b) =>
        Object.assign(b.project, { permitIssuedOn: null, contractSignedOn: "2026-05-18", deposit: null }),
      [],
    ],
    [
      "no permit, contract 21 working days before",
      (b) =>
        Object.assign(b.project, { permitIssuedOn: null, contractSignedOn: "2026-05-15", deposit: null }),
      ["WA03 red"],
    ],
    [
      "permit after asOf does not exist yet",
      (b) => Object.assign(b.project, { permitIssuedOn: "2026-06-20", deposit: null }),
      ["WA03 red"],
    ],
    [
      "deposited after asOf",
      (b) => {
        deposit(b).depositedOn = "2026-06-16";
      },
      ["WA03 red"],
    ],
    [
      "deposited late, before asOf",
      (b) => {
        deposit(b).depositedOn = "2026-06-15";
      },
      [],
    ],
    [
      "guarantee expired the day before asOf",
      (b) => Object.assign(deposit(b), { form: "bank_guarantee", expiresOn: "2026-06-14" }),
      ["WA03 red"],
    ],
    [
      "insurance expiring on asOf is still valid",
      (b) => Object.assign(deposit(b), { form: "insurance", expiresOn: "2026-06-15" }),
      ["WA05 yellow"],
    ],
    [
      "cash does not expire",
      (b) => {
        deposit(b).expiresOn = "2026-06-01";
      },
      [],
    ],
    [
      "exempt",
      (b) => {
        b.project.deposit = { exempt: true };
      },
      [],
    ],
    [
      "contract below the exemption line",
      (b) => Object.assign(b.project, { contractAmount: 2_999_999, deposit: null }),
      [],
    ],
    [
      "contract on the exemption line",
      (b) => Object.assign(b.project, { contractAmount: 3_000_000, deposit: null }),
      ["WA03 red"],
    ],
    [
      "exemption line raised by parameters",
      (b) =>
        Object.assign(
          b,
          { parameters: { depositExemptBelow: 20_000_000 } },
          { project: { ...b.project, deposit: null } },
        ),
      [],
    ],
  ]);
});

describe("WA04 deposit below the required amount", () => {
  const amount = (contractAmount: number, deposited: number) => (b: Draft) => {
    b.project.contractAmount = contractAmount;
    deposit(b).amount = deposited;
  };
  run([
    ["2 % of 12 million is 240 000: one yuan short", amount(12_000_000, 239_999), ["WA04 yellow"]],
    ["2 % of 12 million: exactly", amount(12_000_000, 240_000), []],
    ["3 % of 9 999 999 rounds to 300 000: one yuan short", amount(9_999_999, 299_999), ["WA04 yellow"]],
    ["3 % of 9 999 999 rounds to 300 000: exactly", amount(9_999_999, 300_000), []],
    ["10 million is in the 2 % tier (below is exclusive)", amount(10_000_000, 200_000), []],
    ["1 % of 600 million is capped at 5 million: exactly", amount(600_000_000, 5_000_000), []],
    [
      "1 % of 600 million is capped at 5 million: one yuan short",
      amount(600_000_000, 4_999_999),
      ["WA04 yellow"],
    ],
    [
      "tiers from parameters",
      (b) => Object.assign(b, { parameters: { depositTiers: [{ below: null, rate: 0.05 }] } }),
      ["WA04 yellow"],
    ],
    [
      "not checked when no deposit is required",
      (b) => Object.assign(b.project, { contractAmount: 2_000_000, deposit: { ...deposit(b), amount: 1 } }),
      [],
    ],
    [
      "not checked when the deposit is not valid",
      (b) => Object.assign(deposit(b), { amount: 1, depositedOn: "2026-06-16" }),
      ["WA03 red"],
    ],
  ]);
});

describe("WA05 guarantee or insurance expiring within 30 days", () => {
  const expiring = (form: string, expiresOn: string | null) => (b: Draft) =>
    Object.assign(deposit(b), { form, expiresOn });
  run([
    ["guarantee expiring in 30 days", expiring("bank_guarantee", "2026-07-15"), ["WA05 yellow"]],
    ["guarantee expiring in 31 days", expiring("bank_guarantee", "2026-07-16"), []],
    ["insurance expiring on asOf", expiring("insurance", "2026-06-15"), ["WA05 yellow"]],
    ["cash with a date", expiring("cash", "2026-06-20"), []],
    ["guarantee without expiry", expiring("bank_guarantee", null), []],
    [
      "project completed on asOf",
      (b) => {
        expiring("insurance", "2026-07-01")(b);
        b.project.completedOn = "2026-06-15";
      },
      [],
    ],
    [
      "project completes after asOf",
      (b) => {
        expiring("insurance", "2026-07-01")(b);
        b.project.completedOn = "2026-06-20";
      },
      ["WA05 yellow"],
    ],
  ]);
});

describe("WA16 site board, WA17 labour officer", () => {
  run([
    [
      "no site board",
      (b) => {
        b.project.siteBoardPublishedOn = null;
      },
      ["WA16 yellow"],
    ],
    [
      "site board published on asOf",
      (b) => {
        b.project.siteBoardPublishedOn = "2026-06-15";
      },
      [],
    ],
    [
      "site board published after asOf",
      (b) => {
        b.project.siteBoardPublishedOn = "2026-06-16";
      },
      ["WA16 yellow"],
    ],
    [
      "no labour officer",
      (b) => {
        b.project.laborOfficerAssigned = false;
      },
      ["WA17 yellow"],
    ],
    [
      "not started: neither",
      (b) =>
        Object.assign(b.project, {
          startedOn: "2026-07-01",
          siteBoardPublishedOn: null,
          laborOfficerAssigned: false,
        }),
      [],
    ],
  ]);
});
