import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { estimateRequestSchema, parseEstimateRequest } from "./estimate-schema";
import { fastParser } from "./fast-parse";

/** What zod answers: the parsed value with its key order, or the issues. */
function outcome(parse: (input: unknown) => unknown, input: unknown) {
  try {
    const value = parse(input) as Record<string, unknown>;
    return { ok: true, keys: Object.keys(value), value };
  } catch (e) {
    if (!(e instanceof z.ZodError)) throw e;
    return { ok: false, issues: e.issues };
  }
}

const expectSameAsZod = (input: unknown) =>
  expect(outcome(parseEstimateRequest, input)).toStrictEqual(
    outcome((x) => estimateRequestSchema.parse(x), input),
  );

/** Values that sit on or beside every kind of rule in the request schema. */
const EDGE_VALUES: unknown[] = [
  undefined,
  null,
  NaN,
  Infinity,
  -Infinity,
  -1,
  0,
  0.04,
  0.05,
  0.5,
  1,
  1.5,
  3,
  16,
  17,
  64,
  65,
  4096,
  4097,
  65_536,
  1_000_000,
  1_000_001,
  10_000_001,
  2 ** 53,
  "",
  "max",
  "h100-sxm",
  "H100",
  "-x",
  "a b",
  "true",
  "false",
  "poisson",
  "constant",
  "eagle",
  "warp",
  true,
  false,
  {},
  [],
  { hfConfig: { model_type: "llama" } },
];

const VALID = {
  model: "llama-3.3-70b",
  hardware: "h100-sxm",
  devices: 2,
  precision: "fp8",
  framework: "vllm",
  concurrency: 16,
  inputTokens: 2000,
  outputTokens: 300,
};

describe("fast request parsing answers exactly what zod answers", () => {
  it("accepts a plain request with zod's defaults, key order and values", () => {
    expectSameAsZod(VALID);
    expect(parseEstimateRequest(VALID)).toStrictEqual(estimateRequestSchema.parse(VALID));
    expectSameAsZod({
      ...VALID,
      concurrency: undefined,
      requestRatePerSecond: 6,
      arrivalProcess: "constant",
    });
    expectSameAsZod({ ...VALID, concurrency: "max", speculativeMethod: "eagle", cpuKvOffload: true });
  });

  it("agrees on every field set to every edge value", () => {
    for (const key of Object.keys(estimateRequestSchema.shape))
      for (const value of EDGE_VALUES) expectSameAsZod({ ...VALID, [key]: value });
  });

  it("agrees on missing required fields, unknown keys, prototypes and non-objects", () => {
    const { model: _model, ...noModel } = VALID;
    expectSameAsZod(noModel);
    expectSameAsZod({ ...VALID, colour: "blue" });
    expectSameAsZod(JSON.parse('{"model":"llama-3.3-70b","hardware":"h100-sxm","__proto__":{"devices":4}}'));
    expectSameAsZod(Object.assign(Object.create(null), VALID));
    expectSameAsZod(Object.assign(Object.create({ devices: 8 }), VALID));
    for (const input of [null, undefined, 3, "llama", [VALID]]) expectSameAsZod(input);
    // A string for a boolean goes through zod's stringbool.
    expectSameAsZod({ ...VALID, cpuKvOffload: "yes" });
  });

  it("agrees on random requests built from those values", () => {
    const keys = Object.keys(estimateRequestSchema.shape);
    const request = fc.dictionary(fc.constantFrom(...keys, "extra"), fc.constantFrom(...EDGE_VALUES), {
      maxKeys: 8,
    });
    fc.assert(
      fc.property(request, (partial) => {
        expectSameAsZod({ ...VALID, ...partial });
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it("answers every valid plain request itself, without calling zod", () => {
    const zodParse = vi.spyOn(estimateRequestSchema, "parse");
    let accepted = 0;
    for (const key of Object.keys(estimateRequestSchema.shape))
      for (const value of EDGE_VALUES) {
        const input = { ...VALID, [key]: value };
        // Strings for booleans (zod's stringbool) and object models are zod's to read.
        if (
          !estimateRequestSchema.safeParse(input).success ||
          (typeof value === "string" && key === "cpuKvOffload")
        )
          continue;
        if (typeof value === "object" && value !== null) continue;
        zodParse.mockClear();
        parseEstimateRequest(input);
        expect(zodParse, `${key}: ${String(value)}`).not.toHaveBeenCalled();
        accepted++;
      }
    zodParse.mockRestore();
    expect(accepted).toBeGreaterThan(150);
  });

  it("leaves schemas it cannot model to zod", () => {
    const refined = z.object({ n: z.number().refine((x) => x > 2) }).strict();
    expect(() => fastParser(refined)({ n: 1 })).toThrow(z.ZodError);
    const stripped = z.object({ n: z.number() });
    expect(fastParser(stripped)({ n: 1, extra: true })).toStrictEqual({ n: 1 });
    const objectDefault = z.object({ o: z.object({ a: z.number() }).default({ a: 1 }) }).strict();
    const parsed = fastParser(objectDefault)({});
    expect(parsed).toStrictEqual({ o: { a: 1 } });
  });
});
