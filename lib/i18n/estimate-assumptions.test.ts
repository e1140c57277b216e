import { describe, expect, it } from "vitest";
import {
  ESTIMATE_ASSUMPTION_CODES,
  englishAssumption,
  type EstimateAssumption,
  type EstimateAssumptionCode,
} from "../engine/llm/assumptions";
import { EFFICIENCY_TABLE } from "../engine/llm/efficiency";
import { EFFICIENCY_NOTE_CODES } from "../engine/llm/efficiency-types";
import { estimateAssumptions, estimateDetail } from "../engine/llm/estimate";
import { parseEstimateRequest, type EstimateRequestInput } from "../engine/llm/estimate-schema";
import { evaluate } from "../engine/evaluate";
import { buildTemplate, TEMPLATE_IDS } from "../templates";
import { renderEstimateAssumptions } from "./estimate-assumptions";
import { MESSAGES } from "./messages";

const h100: EstimateRequestInput = {
  model: "llama-3.3-70b",
  hardware: "h100-sxm",
  devices: 2,
  precision: "fp8",
  framework: "vllm",
};

/** Real estimates that together state every self-hosted code and both wordings of each switch. */
const REQUESTS: Record<string, EstimateRequestInput> = {
  "70B on 2 H100, tensor parallel, fixed concurrency": { ...h100, concurrency: 16 },
  "70B at a request rate with speculative decoding": {
    ...h100,
    requestRatePerSecond: 4,
    arrivalProcess: "constant",
    speculativeMethod: "eagle",
  },
  "70B saturated by its request rate": { ...h100, requestRatePerSecond: 400 },
  "MoE in GGUF on a Mac": {
    model: "qwen3-30b-a3b",
    hardware: "m3-ultra",
    precision: "q4_k_m",
    framework: "llama.cpp",
    concurrency: 2,
  },
  "embedding model": { model: "e5-mistral-7b-instruct", hardware: "l4", precision: "bf16", framework: "tgi" },
  "405B over pipeline stages": {
    model: "llama-3.1-405b",
    hardware: "h100-sxm",
    devices: 16,
    precision: "fp8",
  },
};

const detail = (input: EstimateRequestInput) => estimateDetail(parseEstimateRequest(input));

describe("an estimate's assumptions in the reader's language", () => {
  it.each(Object.entries(REQUESTS))("%s: the English messages say exactly the engine's text", (_, input) => {
    const d = detail(input);
    expect(renderEstimateAssumptions(estimateAssumptions(d), "en")).toEqual(d.result.assumptions);
  });

  it.each(TEMPLATE_IDS)("%s: every serving node's items render to its English assumptions", (id) => {
    for (const s of evaluate(buildTemplate(id)).serving) {
      expect(s.assumptionItems.length).toBe(s.assumptions.length);
      expect(renderEstimateAssumptions(s.assumptionItems, "en")).toEqual(s.assumptions);
    }
  });

  it("the real estimates above state every code", () => {
    const seen = new Set<string>();
    for (const input of Object.values(REQUESTS))
      for (const a of estimateAssumptions(detail(input))) seen.add(a.code);
    for (const s of evaluate(buildTemplate("cloud-llm")).serving)
      for (const a of s.assumptionItems) seen.add(a.code);
    expect([...seen].sort()).toEqual([...ESTIMATE_ASSUMPTION_CODES].sort());
  });

  it("names the precision by its human label, never its catalog id", () => {
    const text = detail(REQUESTS["MoE in GGUF on a Mac"]!).result.assumptions.join("\n");
    expect(text).toContain("(GGUF Q4_K_M)");
    expect(text).toContain("TFLOPS for GGUF Q4_K_M matmuls");
    expect(text).not.toMatch(/q4_k_m/);
    const h = detail(REQUESTS["70B on 2 H100, tensor parallel, fixed concurrency"]!).result.assumptions.join(
      "\n",
    );
    expect(h).toContain("the rest at 8 bits (FP8)");
    expect(h).toContain("KV cache: BF16 (2 B/element)");
  });

  it("has a message for every code in both languages", () => {
    for (const locale of ["en", "fr"] as const)
      expect(Object.keys(MESSAGES[locale].estimateAssumptions).sort()).toEqual(
        [...ESTIMATE_ASSUMPTION_CODES, "efficiencyNotes"].sort(),
      );
  });

  it.each(EFFICIENCY_TABLE.map((e) => [e.key, e] as const))(
    "%s: the English note message says exactly the engine's note; the French one has its figures",
    (_, e) => {
      const item = {
        code: "efficiency" as const,
        params: { ...FRENCH.efficiency.item, noteCode: e.noteCode, ...e.noteParams, note: e.note },
      };
      expect(renderEstimateAssumptions([item], "en")[0]).toBe(englishAssumption(item));
      const fr = renderEstimateAssumptions([item], "fr")[0]!;
      expect(fr).not.toContain(e.note);
      for (const n of Object.values(e.noteParams ?? {})) expect(fr).toContain(String(n));
    },
  );

  it("has a note message for every note code, in both languages", () => {
    for (const locale of ["en", "fr"] as const)
      expect(Object.keys(MESSAGES[locale].estimateAssumptions.efficiencyNotes).sort()).toEqual(
        [...EFFICIENCY_NOTE_CODES].sort(),
      );
  });
});

/** One item per code with chosen figures, and the French the reader gets for it. */
const FRENCH: Record<EstimateAssumptionCode, { item: EstimateAssumption["params"]; says: string[] }> = {
  weights: {
    item: {
      totalB: "70.55",
      embeddingB: "2.10",
      embeddingBits: 16,
      bits: 8,
      precision: "FP8",
      weightsGb: 72.76,
    },
    says: [
      "Poids : 70,55 Md de paramètres — 2,10 Md d’embedding/tête LM sur 16 bits, le reste sur 8 bits (FP8) = 72,76 Go",
    ],
  },
  "memory-framework": {
    item: { memoryGib: 80, memoryGb: 85.9, utilisation: 0.9, framework: "vLLM", overheadGb: 2.5 },
    says: [
      "Mémoire par appareil : 80 Gio = 85,9 Go × 0,9 d’utilisation mémoire par vLLM",
      "2,5 Go par appareil",
    ],
  },
  "memory-apple": {
    item: { memoryGib: 192, memoryGb: 206.16, workingSet: "0.75", overheadGb: 1 },
    says: ["× 0,75 de mémoire GPU utilisable sous macOS", "surcoût d’exécution de 1 Go"],
  },
  "kv-cache": {
    item: { precision: "FP8", bytesPerElement: 1, kibPerToken: 160, contextTokens: 8192, sequenceGb: 1.34 },
    says: [
      "Cache KV : FP8 (1 o/élément), 160 Kio par jeton, 8192 jetons par séquence",
      "→ 1,34 Go par séquence",
    ],
  },
  parallelism: {
    item: { tp: 2, tpLink: "NVLink bridge", pp: 1, ppLink: "", replicas: 3 },
    says: ["Parallélisme : tenseur 2 via NVLink bridge × pipeline 1 ; 3 réplique(s)"],
  },
  peaks: {
    item: {
      bandwidthGBps: 3350,
      tflops: 989.5,
      precision: "INT4",
      native: "no",
      activeB: "3.30",
      moe: "yes",
      expertsPerToken: 8,
      experts: 128,
    },
    says: [
      "Crêtes : 3350 Go/s, 989,5 TFLOPS pour les produits matriciels en INT4 (non natif : débit de repli)",
      "paramètres actifs par jeton : 3,30 Md (8 experts sur 128).",
    ],
  },
  efficiency: {
    item: {
      key: "vllm/nvidia",
      basis: "fitted",
      bandwidthPct: 78,
      gemmPct: 61,
      msPerLayer: 0.012,
      msPerStep: 1.5,
      note: "fitted on TensorRT-LLM's published performance tables (calibration C087–C112)",
      noteCode: "trt-fitted",
    },
    says: [
      "Efficacité vllm/nvidia (ajustée sur mesures) : 78 % de la bande passante, 61 % des FLOPS",
      "0,012 ms par couche + 1,5 ms par pas — ajustée sur les tableaux de performances publiés de TensorRT-LLM",
    ],
  },
  "embedding-serving": { item: { batch: 32 }, says: ["encodés par lots de 32"] },
  serving: {
    item: { batch: 16, concurrency: 16, decodeContextTokens: 2150, fusedPrefill: "no" },
    says: [
      "Service : 16 séquence(s)",
      "entrée + sortie/2 = 2150 jetons",
      "le préremplissage interrompt le décodage.",
    ],
  },
  "per-stream": { item: { replicas: 2 }, says: ["l’agrégat couvre les 2 réplique(s)."] },
  "open-loop": {
    item: {
      rateRps: 1.333,
      arrivalProcess: "poisson",
      inFlight: 12.5,
      stepMs: 31.25,
      speculative: "yes",
      tokensPerStep: 2.4,
      admissionCap: 64,
      saturated: "yes",
      capacityRps: 1.2,
    },
    says: [
      "Boucle ouverte à 1,333 req/s par réplique (arrivées de Poisson) : 12,5 séquences en cours",
      ", 2,4 jetons par pas avec le décodage spéculatif",
      "saturé au-delà de 1,2 req/s : la file d’attente grossit.",
    ],
  },
  "cloud-latency": {
    item: { model: "GPT-4o", ttftMs: 450, tokensPerSecond: 80, networkMs: 20 },
    says: ["GPT-4o : TTFT typique de 450 ms et 80 jetons/s par flux", "plus 20 ms de latence réseau"],
  },
  "cloud-elastic": { item: {}, says: ["La capacité du cloud est élastique"] },
};

/** English words of the engine's sentences that must not leak into the French text. */
const ENGLISH_WORDS =
  /\b(Weights|Memory|per device|tokens|sequence|Parallelism|over|Peaks|Efficiency|Serving|replica|arrivals|saturated|below|typical|elastic)\b/;

describe("each estimate assumption in French", () => {
  it.each(ESTIMATE_ASSUMPTION_CODES)("%s", (code) => {
    const { item, says } = FRENCH[code];
    const [fr] = renderEstimateAssumptions([{ code, params: item }], "fr");
    for (const words of says) expect(fr).toContain(words);
    expect(fr).not.toMatch(ENGLISH_WORDS);
    expect(fr).not.toBe(englishAssumption({ code, params: item }));
  });

  it("switches: tensor 1 names no link, a native peak says nothing of fallback, a fused prefill, regular arrivals", () => {
    const fr = renderEstimateAssumptions(
      [
        { code: "parallelism", params: { tp: 1, tpLink: "", pp: 2, ppLink: "InfiniBand NDR", replicas: 1 } },
        { code: "peaks", params: { ...FRENCH.peaks.item, native: "yes", moe: "no" } },
        { code: "serving", params: { ...FRENCH.serving.item, fusedPrefill: "yes" } },
        {
          code: "open-loop",
          params: {
            ...FRENCH["open-loop"].item,
            arrivalProcess: "constant",
            speculative: "no",
            saturated: "no",
          },
        },
        { code: "efficiency", params: { ...FRENCH.efficiency.item, basis: "derived", msPerStep: 0 } },
      ],
      "fr",
    );
    expect(fr[0]).toBe(
      "Parallélisme : tenseur 1 × pipeline 2 via InfiniBand NDR ; 1 réplique(s) en parallélisme de données.",
    );
    expect(fr[1]).not.toContain("non natif");
    expect(fr[1]).not.toContain("experts");
    expect(fr[2]).toContain("le préremplissage est fusionné aux pas de décodage en cours.");
    expect(fr[3]).toContain("(arrivées régulières)");
    expect(fr[3]).not.toContain("spéculatif");
    expect(fr[3]).toContain("; sous la capacité.");
    expect(fr[4]).toContain("(déduite)");
    expect(fr[4]).toContain("0,012 ms par couche par pas — ");
  });
});
