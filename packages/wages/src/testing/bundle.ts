import type { Alert } from "../alerts.ts";
import { type BundleInput, parseBundle } from "../bundle.ts";
import { evaluateBundle } from "../evaluate.ts";

type Draft = BundleInput &
  Required<Pick<BundleInput, "workers" | "attendance" | "payroll" | "laborCostAllocations" | "complaints">>;

/**
 * A project in good standing on 2026-06-15: registered, account and deposit in place, two workers paid
 * in full through the special account for March and April (the closed months), May worked and not
 * yet due. Tests change one fact and look at what is raised.
 */
export function cleanBundle(): Draft {
  const worker = (id: string) => ({
    id,
    contractSigned: true,
    realNameVerified: true,
    enteredOn: "2026-03-01",
    exitedOn: null,
    exitSettlementConfirmedOn: null,
  });
  const months = ["2026-03", "2026-04", "2026-05"];
  const paidOn = { "2026-03": "2026-04-15", "2026-04": "2026-05-15", "2026-05": null } as Record<
    string,
    string | null
  >;
  return {
    asOf: "2026-06-15",
    calendar: { holidays: ["2026-05-01", "2026-05-04", "2026-05-05"], extraWorkdays: ["2026-05-09"] },
    project: {
      id: "P1",
      name: "昌吉市第三中学教学楼",
      regionCode: "652301",
      contractAmount: 12_000_000,
      contractSignedOn: "2026-01-10",
      permitIssuedOn: "2026-02-02",
      startedOn: "2026-03-01",
      completedOn: null,
      registeredOn: "2026-02-20",
      siteBoardPublishedOn: "2026-03-01",
      laborOfficerAssigned: true,
      specialAccount: { openedOn: "2026-01-25" },
      deposit: { form: "cash", amount: 360_000, depositedOn: "2026-02-20", expiresOn: null, exempt: false },
    },
    workers: [worker("W1"), worker("W2")],
    attendance: months.flatMap((month) => ["W1", "W2"].map((workerId) => ({ workerId, month, days: 22 }))),
    payroll: months.flatMap((month) =>
      ["W1", "W2"].map((workerId) => ({
        workerId,
        month,
        payable: 6000,
        paid: paidOn[month] ? 6000 : 0,
        paidOn: paidOn[month] ?? null,
        viaSpecialAccount: true,
        workerSigned: true,
      })),
    ),
    laborCostAllocations: months.map((month) => ({ month, amount: 500_000, allocatedOn: `${month}-28` })),
    complaints: [],
  };
}

/** Parses (failing loudly on a format error) and evaluates. */
export function alertsOf(input: BundleInput): Alert[] {
  const parsed = parseBundle(input);
  if (!parsed.ok) throw new Error(`bad bundle: ${JSON.stringify(parsed.errors)}`);
  return evaluateBundle(parsed.bundle).alerts;
}

/** Alerts in one line each: `WA07 red W1 2026-03`. */
export function brief(alerts: readonly Alert[]): string[] {
  return alerts.map((a) =>
    [a.code, a.severity, a.subject.workerId, a.subject.month, a.subject.complaintId]
      .filter(Boolean)
      .join(" "),
  );
}
