import { MATCH_FACTORS, type MatchFactor } from "@jiuye/contract/matching";
import { describe, expect, it } from "vitest";
import { type MatchPerson, type MatchPosting, regionPrefix } from "./features.ts";
import { scoreMatch } from "./score.ts";
import { WEIGHTS } from "./weights.ts";

/** A welder in 奇台县 who wants welding work near home. */
const welder: MatchPerson = {
  regionCode: "652325",
  latitude: 44.0,
  longitude: 89.5,
  education: "junior_secondary",
  experienceYears: 3,
  skills: ["电焊"],
  certificates: [],
  desiredOccupations: ["6-18-02-04"],
  desiredRegionCodes: [],
  desiredPayMin: 5000,
  desiredEmploymentTypes: ["full_time"],
  desiredHoursPerWeek: 48,
  willingElsewhere: false,
};

/** A welding job 7 km away that fits the welder in every way. */
const welding: MatchPosting = {
  title: "电焊工",
  description: "钢结构厂房焊接，每天8小时，做六休一，包吃住。",
  requirements: "持焊工证",
  occupationCode: "6-18-02-04",
  regionCode: "652325",
  latitude: 44.02,
  longitude: 89.59,
  salaryMin: 6000,
  salaryMax: 8000,
  salaryUnit: "month",
  employmentType: "full_time",
  education: "junior_secondary",
  experienceYears: 2,
};

function factorOf(
  person: Partial<MatchPerson>,
  posting: Partial<MatchPosting>,
  name: MatchFactor["factor"],
): MatchFactor {
  const found = scoreMatch({ ...welder, ...person }, { ...welding, ...posting }).factors.find(
    (f) => f.factor === name,
  );
  if (!found) throw new Error(`no ${name} factor`);
  return found;
}

describe("scoreMatch", () => {
  it("explains every factor in order, and a full fit scores 100", () => {
    const match = scoreMatch(welder, welding);
    expect(match.factors.map((f) => f.factor)).toEqual([...MATCH_FACTORS]);
    expect(match.factors.every((f) => f.fit === "fits" && f.points === f.weight)).toBe(true);
    expect(match.score).toBe(100);
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("scores unknown factors at half their weight, not as misses", () => {
    const vague = scoreMatch(
      { ...welder, desiredOccupations: [], desiredPayMin: null, education: null, experienceYears: null },
      { ...welding, education: "senior_secondary" },
    );
    const unknown = vague.factors.filter((f) => f.fit === "unknown");
    expect(unknown.map((f) => [f.factor, f.points])).toEqual([
      ["occupation", 12.5],
      ["pay", 7.5],
      ["education", 3.5],
      ["experience", 3],
    ]);
    expect(vague.score).toBe(74);
  });
});

describe("factors", () => {
  it.each([
    [["6-18-02-04"], "6-18-02-04", "fits", 25, "unit"],
    [["6-18"], "6-18-02-04", "fits", 25, "medium"],
    [["6-18-02-01"], "6-18-02-04", "partial", 15, "minor"],
    [["6-18-03-04"], "6-18-02-04", "partial", 7.5, "medium"],
    [["6-29-01-04", "6-18-02-01"], "6-18-02-04", "partial", 15, "minor"],
    [["6-18-02-01", "6-18-02"], "6-18-02-04", "fits", 25, "minor"],
    [["4-03-02-01"], "6-18-02-04", "misses", 0, "none"],
    [["6-31-01-03"], "6-18-02-04", "misses", 0, "major"],
    [[], "6-18-02-04", "unknown", 12.5, "none"],
    [["6-18-02-04"], null, "unknown", 12.5, "none"],
  ] as const)(
    "occupation: desired %j, posting %s → %s (%d points, shared %s)",
    (desired, code, fit, points, shared) => {
      const f = factorOf({ desiredOccupations: desired }, { occupationCode: code }, "occupation");
      expect([f.fit, f.points, f.detail]).toEqual([fit, points, expect.objectContaining({ shared })]);
    },
  );

  it("skills: a missing certificate names the training that closes the gap", () => {
    const f = factorOf({}, { requirements: "持焊工证、电工证" }, "skills");
    expect(f).toMatchObject({ fit: "partial", points: 10 });
    expect(f.detail).toEqual({
      held: [{ id: "welding", name: "焊工", occupationCode: "6-18-02-04", preferred: false }],
      missing: [
        {
          id: "electrician",
          name: "电工",
          occupationCode: "6-31-01-03",
          preferred: false,
          training: { name: "低压电工作业特种作业操作证培训", kind: "special_operations" },
        },
      ],
    });
  });

  it.each([
    ["持焊工证", "fits", 20],
    ["持焊工证，有叉车证者优先", "partial", 13.3],
    ["有叉车证者优先", "partial", 10],
    ["持叉车证", "misses", 0],
    ["持护士执业证书", "misses", 0],
    ["吃苦耐劳", "fits", 20],
  ] as const)("skills: %j → %s (%d points)", (requirements, fit, points) => {
    const f = factorOf({}, { title: "工人", description: "工厂招工，长期稳定。", requirements }, "skills");
    expect([f.fit, f.points]).toEqual([fit, points]);
  });

  it.each([
    // [person, posting, fit, points, area]
    [{}, {}, "fits", 15, "same_county"],
    [{}, { latitude: 44.2, longitude: 89.9 }, "partial", 8.5, "same_county"],
    [{}, { regionCode: "652301", latitude: 44.01, longitude: 87.3 }, "misses", 0, "same_prefecture"],
    [
      { willingElsewhere: true },
      { regionCode: "652301", latitude: 44.01, longitude: 87.3 },
      "partial",
      6,
      "same_prefecture",
    ],
    [
      { desiredRegionCodes: ["652301"] },
      { regionCode: "652301", latitude: 44.01, longitude: 87.3 },
      "fits",
      15,
      "same_prefecture",
    ],
    [{ latitude: null, longitude: null }, { regionCode: "652325100" }, "fits", 15, "same_county"],
    [{ latitude: null, longitude: null }, { regionCode: "652301" }, "partial", 9, "same_prefecture"],
    [{ latitude: null, longitude: null }, { regionCode: "653101" }, "misses", 0, "elsewhere"],
    [
      { latitude: null, longitude: null, willingElsewhere: true },
      { regionCode: "653101" },
      "partial",
      6,
      "elsewhere",
    ],
    [
      { latitude: null, longitude: null, desiredRegionCodes: ["650100"] },
      { regionCode: "650102" },
      "fits",
      15,
      "elsewhere",
    ],
    [
      { latitude: null, longitude: null, desiredRegionCodes: ["652300"] },
      { regionCode: "652301" },
      "partial",
      9,
      "same_prefecture",
    ],
  ] as const)("distance: %j to %j → %s (%d points, %s)", (person, posting, fit, points, area) => {
    const f = factorOf(person, posting, "distance");
    expect([f.fit, f.points, f.detail]).toEqual([fit, points, expect.objectContaining({ area })]);
  });

  it("distance: haversine km when both sides have coordinates", () => {
    const f = factorOf({}, { regionCode: "652301", latitude: 44.01, longitude: 87.3 }, "distance");
    expect(f.detail).toMatchObject({ km: 176 });
    expect(factorOf({ latitude: null }, {}, "distance").detail).toMatchObject({ km: null });
  });

  it.each([
    [5000, { salaryMin: 6000, salaryMax: 8000, salaryUnit: "month" }, "fits", 15, 6000],
    [7000, { salaryMin: 6000, salaryMax: 8000, salaryUnit: "month" }, "partial", 9, 6000],
    [9000, { salaryMin: 6000, salaryMax: 8000, salaryUnit: "month" }, "misses", 0, 6000],
    [6500, { salaryMin: 280, salaryMax: 320, salaryUnit: "day" }, "partial", 9, 6090],
    [4000, { salaryMin: 25, salaryMax: 30, salaryUnit: "hour" }, "fits", 15, 4350],
    [5000, { salaryMin: 1, salaryMax: 2, salaryUnit: "piece" }, "unknown", 7.5, null],
    [null, { salaryMin: 6000, salaryMax: 8000, salaryUnit: "month" }, "unknown", 7.5, 6000],
  ] as const)(
    "pay: desired %s, posting %j → %s (%d points)",
    (desiredPayMin, posting, fit, points, monthlyMin) => {
      const f = factorOf({ desiredPayMin }, posting, "pay");
      expect([f.fit, f.points, f.detail]).toEqual([fit, points, expect.objectContaining({ monthlyMin })]);
    },
  );

  it.each([
    ["junior_secondary", "junior_secondary", "fits", 7],
    ["bachelor", "associate", "fits", 7],
    ["senior_secondary", "vocational", "fits", 7],
    ["senior_secondary", "associate", "partial", 2.8],
    ["primary", "associate", "misses", 0],
    ["primary", "none", "fits", 7],
    ["associate", null, "fits", 7],
    [null, "senior_secondary", "unknown", 3.5],
  ] as const)("education: held %s, asked %s → %s", (held, asked, fit, points) => {
    const f = factorOf({ education: held }, { education: asked }, "education");
    expect([f.fit, f.points]).toEqual([fit, points]);
  });

  it.each([
    [3, 2, "fits", 6],
    [1, 2, "partial", 3],
    [0, 3, "misses", 0],
    [null, 2, "unknown", 3],
    [null, 0, "fits", 6],
    [null, null, "fits", 6],
  ] as const)("experience: held %s years, asked %s → %s", (held, asked, fit, points) => {
    const f = factorOf({ experienceYears: held }, { experienceYears: asked }, "experience");
    expect([f.fit, f.points]).toEqual([fit, points]);
  });

  it.each([
    [48, "每天8小时，做六休一", "full_time", "fits", 6, 48],
    [40, "每天8小时，做六休一", "full_time", "partial", 3, 48],
    [20, "每天8小时，做六休一", "full_time", "misses", 0, 48],
    [20, "钟点工", "part_time", "fits", 6, 20],
    [40, "日结", "gig", "unknown", 3, null],
    [null, "每天8小时", "full_time", "unknown", 3, 40],
  ] as const)("hours: desired %s, %j (%s) → %s", (desired, description, type, fit, points, postingHours) => {
    const f = factorOf(
      { desiredHoursPerWeek: desired },
      { description, requirements: null, employmentType: type },
      "hours",
    );
    expect([f.fit, f.points, f.detail]).toEqual([fit, points, expect.objectContaining({ postingHours })]);
  });

  it.each([
    [["full_time"], "full_time", "fits", 6],
    [["part_time", "gig"], "gig", "fits", 6],
    [["part_time"], "full_time", "misses", 0],
    [[], "seasonal", "unknown", 3],
  ] as const)("type: desired %j, posting %s → %s", (desired, type, fit, points) => {
    const f = factorOf({ desiredEmploymentTypes: desired }, { employmentType: type }, "type");
    expect([f.fit, f.points]).toEqual([fit, points]);
  });
});

describe("regionPrefix", () => {
  it.each([
    ["650000", "65"],
    ["652300", "6523"],
    ["652325", "652325"],
    ["652325100", "652325100"],
    ["652301-Z01", "652301-Z01"],
  ])("%s → %s", (code, prefix) => {
    expect(regionPrefix(code)).toBe(prefix);
  });
});
