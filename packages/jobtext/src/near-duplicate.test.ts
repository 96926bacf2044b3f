import { describe, expect, it } from "vitest";
import {
  createLshIndex,
  exactJaccard,
  jaccardEstimate,
  LSH_DEFAULTS,
  lshKeys,
  MINHASH_DEFAULTS,
  minhashSignature,
  NEAR_DUPLICATE_JACCARD,
  normaliseForShingles,
  shingleHashes,
  signatureFromBytes,
  signatureFromHex,
  signatureToBytes,
  signatureToHex,
} from "./near-duplicate.ts";

const POSTING =
  "急招钢筋工\n昌吉恒达建筑工程有限公司因业务发展需要，现招聘钢筋工8名。岗位职责：负责工地钢筋绑扎、制作和安装；能看懂施工图纸，按图下料。" +
  "任职要求：年龄18至55周岁，身体健康；有相关工作经验者优先。工资待遇：350-420元/天。福利待遇：包吃住、缴纳社保。" +
  "工作地点：昌吉市北京南路88号。联系人：王经理，电话：13912345678。";

/** The same posting from another source: other contact, pay written differently, punctuation, traditional characters. */
const REPUBLISHED =
  "【急招钢筋工】 昌吉恒达建筑工程有限公司因业务发展需要,现招聘钢筋工8名。岗位職責:負責工地钢筋绑扎、制作和安装;能看懂施工图纸,按图下料。" +
  "任职要求:年龄18至55周岁,身体健康;有相关工作經驗者優先。日薪350~420元。福利待遇:包吃住、缴纳社保。" +
  "工作地点:昌吉市北京南路88号。联系人:李女士,电话:18899990000。";

/** Same occupation and town, another employer and text. */
const OTHER =
  "诚聘钢筋工人\n昌吉瑞丰劳务派遣有限公司现招聘钢筋工人3名。岗位职责：配合班组长完成主体结构施工；服从项目部统一调度安排。" +
  "任职要求：能吃苦耐劳，服从管理；初中及以上学历。工资待遇：6000-8000元/月。福利待遇：五险一金、节日福利、年终奖。" +
  "工作地点：昌吉市宁边西路12号。联系人：马主管，电话：15000001111。";

describe("normalisation and shingles", () => {
  it("ignores case, width, punctuation, whitespace and traditional characters", () => {
    expect(normaliseForShingles("【工資：８０００元】 Java\n開發")).toBe("工资8000元java开发");
  });

  it("shingles are distinct and sorted; a short text is one shingle; empty is none", () => {
    const s = shingleHashes("钢筋工钢筋工", 3);
    expect(s).toHaveLength(3); // 钢筋工 筋工钢 工钢筋
    expect([...s]).toEqual([...s].sort((a, b) => a - b));
    expect(shingleHashes("焊工", 5)).toHaveLength(1);
    expect(shingleHashes("，。！", 3)).toHaveLength(0);
  });
});

describe("minhashSignature", () => {
  it("is deterministic: fixed values for a fixed text (stored signatures must stay comparable)", () => {
    const signature = minhashSignature("招聘钢筋工，包吃住");
    expect(signature).toHaveLength(MINHASH_DEFAULTS.permutations);
    expect(minhashSignature("招聘钢筋工，包吃住")).toEqual(signature);
    expect(signatureToHex(signature.subarray(0, 4))).toMatchInlineSnapshot(
      `"9e1675888295f9d0be24283bb43ec278"`,
    );
  });

  it.each([16, 64, 128, 256])("honours %i permutations", (permutations) => {
    expect(minhashSignature(POSTING, { permutations })).toHaveLength(permutations);
  });

  it("rejects impossible permutation counts", () => {
    expect(() => minhashSignature(POSTING, { permutations: 0 })).toThrow(RangeError);
    expect(() => minhashSignature(POSTING, { permutations: 5000 })).toThrow(RangeError);
  });
});

describe("jaccardEstimate", () => {
  const variants = [
    REPUBLISHED,
    OTHER,
    POSTING.slice(0, 120),
    POSTING.replace("包吃住", "五险一金、双休、年终奖"),
    `${POSTING}另招学徒若干名，欢迎有意者前来面试。`,
  ];

  it.each(variants.map((v, i) => [i, v]))(
    "estimates the exact Jaccard within 0.12 (variant %i)",
    (_, variant) => {
      const exact = exactJaccard(shingleHashes(POSTING), shingleHashes(variant));
      const estimate = jaccardEstimate(minhashSignature(POSTING), minhashSignature(variant));
      // 128 permutations: standard error ≤ 0.045; 0.12 is over 2.5 of them.
      expect(Math.abs(estimate - exact)).toBeLessThan(0.12);
    },
  );

  it("is 1 for the same text and rejects signatures of different lengths", () => {
    expect(jaccardEstimate(minhashSignature(POSTING), minhashSignature(POSTING))).toBe(1);
    expect(() =>
      jaccardEstimate(minhashSignature(POSTING), minhashSignature(POSTING, { permutations: 64 })),
    ).toThrow();
  });

  it("separates a re-published copy from another employer's ad at the package threshold", () => {
    const original = minhashSignature(POSTING);
    expect(jaccardEstimate(original, minhashSignature(REPUBLISHED))).toBeGreaterThanOrEqual(
      NEAR_DUPLICATE_JACCARD,
    );
    expect(jaccardEstimate(original, minhashSignature(OTHER))).toBeLessThan(NEAR_DUPLICATE_JACCARD);
  });
});

describe("LSH", () => {
  it("finds the edited copy and not the unrelated posting", () => {
    const index = createLshIndex<string>();
    index.add("original", minhashSignature(POSTING));
    index.add("other", minhashSignature(OTHER));
    index.add("unrelated", minhashSignature("招聘超市收银员，双休，月薪3000元，地点奇台县"));
    const found = index.candidates(minhashSignature(REPUBLISHED));
    expect(found).toContain("original");
    expect(found).not.toContain("unrelated");
    expect(index.size).toBe(3);
  });

  it("remove takes a posting out of every band", () => {
    const index = createLshIndex<number>({ bands: 16, rows: 4 });
    index.add(1, minhashSignature(POSTING));
    index.add(1, minhashSignature(POSTING)); // re-adding replaces
    expect(index.candidates(minhashSignature(POSTING))).toEqual([1]);
    index.remove(1);
    expect(index.candidates(minhashSignature(POSTING))).toEqual([]);
    expect(index.size).toBe(0);
  });

  it("lshKeys: one signed 64-bit key per band, distinct across bands, shared by the copy", () => {
    const a = lshKeys(minhashSignature(POSTING));
    const b = lshKeys(minhashSignature(REPUBLISHED));
    expect(a).toHaveLength(LSH_DEFAULTS.bands);
    for (const key of a) {
      expect(key).toMatch(/^-?[0-9]+$/);
      expect(BigInt(key) >= -(2n ** 63n) && BigInt(key) < 2n ** 63n).toBe(true);
    }
    expect(new Set(a).size).toBe(a.length);
    expect(a.some((key, band) => b[band] === key)).toBe(true);
    // the same bucket in another band is another key
    const other = lshKeys(minhashSignature("完全不同的一则招聘：收银员，超市，早晚班。"));
    expect(other.filter((key) => a.includes(key))).toEqual([]);
  });

  it("rejects a banding larger than the signature", () => {
    expect(() => lshKeys(minhashSignature(POSTING, { permutations: 64 }), { bands: 32, rows: 4 })).toThrow(
      RangeError,
    );
  });
});

describe("storage", () => {
  const signature = minhashSignature(POSTING);

  it.each([
    ["hex", (s: Uint32Array) => signatureFromHex(signatureToHex(s))],
    ["bytes", (s: Uint32Array) => signatureFromBytes(signatureToBytes(s))],
  ])("round-trips through %s", (_, roundTrip) => {
    expect(roundTrip(signature)).toEqual(signature);
  });

  it("hex is 8 characters per value; bytes are 4", () => {
    expect(signatureToHex(signature)).toHaveLength(8 * signature.length);
    expect(signatureToBytes(signature)).toHaveLength(4 * signature.length);
  });

  it.each(["", "abc", "zzzzzzzz", "0123456", "0123456g", "0123456789abcdeg"])("rejects hex %j", (hex) => {
    expect(() => signatureFromHex(hex)).toThrow(RangeError);
  });

  it("rejects bytes of the wrong length", () => {
    expect(() => signatureFromBytes(new Uint8Array(6))).toThrow(RangeError);
  });
});
