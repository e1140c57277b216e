import { describe, expect, it } from "vitest";
import { estimateRequestSchema } from "../../lib/engine/llm";
import { fieldMeta, numberSpec, unitOf, unwrapField } from "../../lib/plan/fields";
import { flagHelp, readFlags, readNumberFlag, schemaFlags } from "./args";
import { ESTIMATE_FLAGS, ESTIMATE_HELP, requestFromFlags } from "./estimate";

describe("flags derived from the estimate request schema", () => {
  it("has one kebab-case flag per request field, required where the schema has no default", () => {
    expect(ESTIMATE_FLAGS.map((f) => f.key)).toEqual(Object.keys(estimateRequestSchema.shape));
    expect(ESTIMATE_FLAGS.find((f) => f.key === "devicesPerNode")!.flag).toBe("devices-per-node");
    // --hardware may be left out when --product names the server (its accelerator): the engine checks the pair.
    expect(ESTIMATE_FLAGS.filter((f) => f.required).map((f) => f.flag)).toEqual(["model"]);
    expect(ESTIMATE_FLAGS.find((f) => f.key === "concurrency")!.placeholder).toBe("N|max");
  });

  it("writes every flag's default from the schema into the help", () => {
    for (const f of ESTIMATE_FLAGS) {
      expect(ESTIMATE_HELP).toContain(`--${f.flag} ${f.placeholder}`);
      const { defaultValue } = unwrapField(f.schema);
      if (defaultValue !== undefined) expect(flagHelp([f])).toContain(`(default ${String(defaultValue)})`);
    }
    expect(ESTIMATE_HELP).toMatch(
      /--devices-per-node N +Devices per server.*\(if absent: all in one server\)/,
    );
  });

  it("accepts each numeric flag's bounds and rejects one step beyond them, naming the flag", () => {
    for (const f of ESTIMATE_FLAGS.filter((x) => x.kind === "number")) {
      const spec = numberSpec(f.schema);
      // Flags take displayed units (a share stored 0–1 is given in %), as every number field does.
      const k = unitOf(fieldMeta(f.schema).unit).factor;
      if (spec.max !== undefined) {
        expect(readNumberFlag(f.flag, f.schema, String(spec.max * k))).toBeCloseTo(spec.max, 12);
        expect(() => readNumberFlag(f.flag, f.schema, String(spec.max! * k + 1))).toThrow(
          `--${f.flag}: must be at most`,
        );
      }
      if (spec.min !== undefined && spec.minInclusive) {
        expect(readNumberFlag(f.flag, f.schema, String(spec.min * k))).toBeCloseTo(spec.min, 12);
        expect(() => readNumberFlag(f.flag, f.schema, String(spec.min! * k - 1))).toThrow(
          `--${f.flag}: must be at least`,
        );
      }
    }
  });

  it("reads numbers with the one parser, words and ids as given, and leaves absent flags to the schema", () => {
    expect(
      requestFromFlags({
        model: "llama-3.3-70b",
        hardware: "h100-sxm",
        "input-tokens": "2,000",
        concurrency: "max",
      }),
    ).toEqual({ model: "llama-3.3-70b", hardware: "h100-sxm", inputTokens: 2000, concurrency: "max" });
    expect(() => readFlags(ESTIMATE_FLAGS, { devices: "2x" })).toThrow(
      '--devices: must be a number from 1 to 4,096, got "2x"',
    );
    expect(() => requestFromFlags({ hardware: "l4" })).toThrow(
      "--model is required (e.g. --model llama-3.3-70b)",
    );
    expect(schemaFlags(estimateRequestSchema)).toEqual(ESTIMATE_FLAGS);
  });
});
