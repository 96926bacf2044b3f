import { describe, expect, it } from "vitest";
import type { ApplicationStatus } from "../../db/types.ts";
import { requireTransition, type Side, statusOnHire } from "./applications.rules.ts";

const allowed: [ApplicationStatus, ApplicationStatus, Side][] = [
  ["submitted", "interview", "employer"],
  ["submitted", "offer", "employer"],
  ["submitted", "rejected", "employer"],
  ["viewed", "interview", "employer"],
  ["interview", "offer", "employer"],
  ["interview", "rejected", "employer"],
  ["offer", "hired", "employer"],
  ["offer", "rejected", "employer"],
  ["submitted", "withdrawn", "seeker"],
  ["offer", "withdrawn", "seeker"],
];
const refused: [ApplicationStatus, ApplicationStatus, Side][] = [
  ["submitted", "hired", "employer"],
  ["viewed", "hired", "employer"],
  ["interview", "hired", "employer"],
  ["interview", "interview", "employer"],
  ["hired", "rejected", "employer"],
  ["rejected", "interview", "employer"],
  ["withdrawn", "interview", "employer"],
  ["submitted", "withdrawn", "employer"],
  ["submitted", "interview", "seeker"],
  ["hired", "withdrawn", "seeker"],
  ["withdrawn", "withdrawn", "seeker"],
];

describe("application transitions", () => {
  it.each(allowed)("lets %s become %s by the %s", (from, to, side) => {
    expect(() => requireTransition(from, to, side)).not.toThrow();
  });

  it.each(refused)("refuses %s → %s by the %s", (from, to, side) => {
    expect(() => requireTransition(from, to, side)).toThrow(
      expect.objectContaining({ code: "APPLICATIONS_BAD_TRANSITION" }),
    );
  });

  it("names the moves that are allowed", () => {
    expect(() => requireTransition("interview", "hired", "employer")).toThrow(
      expect.objectContaining({
        message: 'An application at "interview" can only move to: offer, rejected',
        details: { from: "interview", to: "hired", allowed: ["offer", "rejected"] },
      }),
    );
    expect(() => requireTransition("hired", "rejected", "employer")).toThrow(
      expect.objectContaining({ message: 'An application at "hired" cannot move any more' }),
    );
  });

  it("counts a full-time hire as stable employment and the rest as flexible", () => {
    expect(statusOnHire("full_time")).toBe("employed_stable");
    for (const type of ["part_time", "gig", "internship", "seasonal"] as const)
      expect(statusOnHire(type)).toBe("employed_flexible");
  });
});
