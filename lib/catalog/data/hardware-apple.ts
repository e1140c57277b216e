import { type z } from "zod";
import { type hardwareSchema } from "../hardware-schema";

type HardwareInput = z.input<typeof hardwareSchema>;
type SourceInput = HardwareInput["sources"][number];

/** GPU clock (GHz) per generation: reproduces Apple's own TFLOPS claims (M1 2.6, M1 Max 10.4, M2 Ultra 27.2 …). */
const GPU_CLOCK_GHZ = { M1: 1.278, M2: 1.398, M3: 1.38, M4: 1.58, M5: 1.6 } as const;
type Gen = keyof typeof GPU_CLOCK_GHZ;

const NEWSROOM: Record<string, string> = {
  M1: "https://www.apple.com/newsroom/2020/11/apple-unleashes-m1/",
  "M1 Pro":
    "https://www.apple.com/newsroom/2021/10/introducing-m1-pro-and-m1-max-the-most-powerful-chips-apple-has-ever-built/",
  "M1 Max":
    "https://www.apple.com/newsroom/2021/10/introducing-m1-pro-and-m1-max-the-most-powerful-chips-apple-has-ever-built/",
  "M1 Ultra":
    "https://www.apple.com/newsroom/2022/03/apple-unveils-m1-ultra-the-worlds-most-powerful-chip-for-a-personal-computer/",
  M2: "https://www.apple.com/newsroom/2022/06/apple-unveils-m2-with-breakthrough-performance-and-capabilities/",
  "M2 Pro":
    "https://www.apple.com/newsroom/2023/01/apple-unveils-m2-pro-and-m2-max-next-generation-chips-for-next-level-workflows/",
  "M2 Max":
    "https://www.apple.com/newsroom/2023/01/apple-unveils-m2-pro-and-m2-max-next-generation-chips-for-next-level-workflows/",
  "M2 Ultra": "https://www.apple.com/newsroom/2023/06/apple-introduces-m2-ultra/",
  M3: "https://www.apple.com/newsroom/2023/10/apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer/",
  "M3 Pro":
    "https://www.apple.com/newsroom/2023/10/apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer/",
  "M3 Max":
    "https://www.apple.com/newsroom/2023/10/apple-unveils-m3-m3-pro-and-m3-max-the-most-advanced-chips-for-a-personal-computer/",
  "M3 Ultra":
    "https://www.apple.com/newsroom/2025/03/apple-reveals-m3-ultra-taking-apple-silicon-to-a-new-extreme/",
  M4: "https://www.apple.com/newsroom/2024/05/apple-introduces-m4-chip/",
  "M4 Pro": "https://www.apple.com/newsroom/2024/10/apple-introduces-m4-pro-and-m4-max/",
  "M4 Max": "https://www.apple.com/newsroom/2024/10/apple-introduces-m4-pro-and-m4-max/",
  M5: "https://www.apple.com/newsroom/2025/10/apple-unleashes-m5-the-next-big-leap-in-ai-performance-for-apple-silicon/",
};

const LLAMA_CPP_4167: SourceInput = {
  kind: "benchmark",
  title:
    "llama.cpp discussion #4167: Performance of llama.cpp on Apple Silicon M-series (bandwidth, GPU cores)",
  url: "https://github.com/ggml-org/llama.cpp/discussions/4167",
};

const LINKS = {
  "ethernet-10g": 1.25,
  "thunderbolt-4": 5,
  "thunderbolt-5": 10,
} as const;

type Link = keyof typeof LINKS;

/** id, chip, GPU cores, CPU cores, GB/s, unified-memory options (GB), W under GPU load, cluster link, USD, machine. */
type Row = [string, string, number, number, number, number[], number, Link, number, string];

interface Extra {
  notes?: string;
  sources?: SourceInput[];
}

/** Builds one Apple entry: FP16 TFLOPS = GPU cores × 128 ALUs × 2 FLOP (FMA) × clock. */
function apple([
  id,
  chip,
  gpuCores,
  cpuCores,
  bandwidthGBps,
  memoryOptionsGb,
  tdpW,
  link,
  priceUsd,
  machine,
]: Row) {
  const gen = chip.split(" ")[0] as Gen;
  const clock = GPU_CLOCK_GHZ[gen];
  const memoryGb = Math.max(...memoryOptionsGb);
  const extra: Extra = EXTRAS[id] ?? {};
  const entry: HardwareInput = {
    id,
    name: `Apple ${chip} (${gpuCores}-core GPU)`,
    family: "apple",
    generation: gen,
    memoryGb,
    memoryOptionsGb,
    memoryBandwidthGBps: bandwidthGBps,
    fp16Tflops: Math.round(gpuCores * 128 * 2 * clock) / 1000,
    bf16Supported: gen !== "M1" && gen !== "M2",
    gpuCores,
    cpuCores,
    tdpW,
    intraNodeInterconnect: link,
    intraNodeBandwidthGBps: LINKS[link],
    formFactor: machine,
    listPrice: {
      usd: priceUsd,
      asOf: "2025-11",
      source: {
        kind: "assumption",
        title: `Approximate Apple US list price: ${machine}, ${memoryGb} GB`,
        note: "Launch configuration price; discontinued models sell for less on the secondary market.",
      },
    },
    sources: [
      { kind: "datasheet", title: `Apple Newsroom: ${chip}`, url: NEWSROOM[chip] },
      LLAMA_CPP_4167,
      {
        kind: "derived",
        title: `FP16 TFLOPS = ${gpuCores} cores × 128 FP32 ALUs × 2 FLOP × ${clock} GHz (FP16 rate = FP32 rate)`,
        note: "Apple publishes no per-precision TFLOPS; the clock reproduces Apple's stated M1/M2-family TFLOPS.",
      },
      ...(extra.sources ?? []),
    ],
    notes: [
      `tdpW ≈ ${tdpW} W is an estimate of the whole machine under sustained GPU load, not a datasheet figure.`,
      link === "ethernet-10g"
        ? "Cluster link assumed 10 GbE (built-in or adapter); Thunderbolt bridging is faster but not modelled."
        : `Cluster link: ${link}.`,
      extra.notes ?? "",
    ]
      .join(" ")
      .trim(),
  };
  return entry;
}

const ULTRA =
  "Two Max dies joined by UltraFusion; measured Mac Studio Ultra draw under GPU load ≈ 270–300 W.";
const MACWORLD_STUDIO_2025: SourceInput = {
  kind: "secondary",
  title:
    "Macworld: Mac Studio 2025 — M4 Max 14/32 36 GB (410 GB/s) $1,999; M3 Ultra 28/60 96 GB (819 GB/s) $3,999",
  url: "https://english.worldmagazine.it/431260",
};

const EXTRAS: Record<string, Extra> = {
  "m1-pro-14c": { notes: "The base 14-core-GPU variant has an 8-core CPU (a 10-core CPU option existed)." },
  "m1-ultra": { notes: ULTRA },
  "m1-ultra-48c": { notes: ULTRA },
  "m2-max": { notes: "96 GB requires the 38-core GPU." },
  "m2-ultra": { notes: `${ULTRA} Some press quote 819.2 GB/s; Apple says 800.` },
  "m2-ultra-60c": { notes: ULTRA },
  "m3-ultra": {
    notes: `${ULTRA} Apple quotes 819 GB/s; the #4167 table lists 800.`,
    sources: [MACWORLD_STUDIO_2025],
  },
  "m3-ultra-60c": { notes: `${ULTRA} 512 GB requires the 80-core GPU.`, sources: [MACWORLD_STUDIO_2025] },
  "m4-8c": { notes: "CPU count of the MacBook Air; the 8-core-GPU iMac variant has an 8-core CPU." },
  "m4-pro": {
    sources: [
      {
        kind: "secondary",
        title: "9to5Mac: M4 Pro up to 273 GB/s, up to 64 GB, 16/20-core GPU, Thunderbolt 5",
        url: "https://9to5mac.com/2024/10/29/m4-pro-chip-boosts-cpu-and-gpu-performance-up-to-64-gb-ram-and-thunderbolt-5-support",
      },
    ],
  },
  "m4-max": { sources: [MACWORLD_STUDIO_2025] },
  "m4-max-32c": { notes: "Ships with 36 GB only.", sources: [MACWORLD_STUDIO_2025] },
  m5: {
    notes:
      "Uncertain: Apple claims 'over 4x peak GPU compute for AI vs M4' from a Neural Accelerator in each GPU core, but " +
      "publishes no TFLOPS and framework support (Metal 4 tensor APIs) is new. The conservative value is the plain " +
      "ALU rate with an assumed ~1.6 GHz clock (4.1 TFLOPS); prefill may be several times faster once MLX/llama.cpp " +
      "use the accelerators. The M5 MacBook Pro has Thunderbolt 4 (not 5) ports (not verified against Apple's page).",
    sources: [
      {
        kind: "secondary",
        title: "The Decoder: M5 — 10 GPU cores with Neural Accelerators, 153 GB/s, up to 32 GB",
        url: "https://the-decoder.com/apples-m5-chip-brings-faster-ai-to-macbook-ipad-and-vision-pro/",
      },
    ],
  },
};

const E10 = "ethernet-10g";
const TB4 = "thunderbolt-4";
const TB5 = "thunderbolt-5";

// prettier-ignore
const ROWS: Row[] = [
  // M1: LPDDR4X-4266 on 128 bits = 68.25 GB/s (the #4167 table rounds to 68).
  ["m1",           "M1",       8,  8,  68.25, [8, 16],         25,  E10, 899,  "Mac mini (M1)"],
  ["m1-7c",        "M1",       7,  8,  68.25, [8, 16],         20,  E10, 1199, "MacBook Air (M1)"],
  ["m1-pro",       "M1 Pro",   16, 10, 200,   [16, 32],        60,  E10, 2699, "MacBook Pro 14-inch (M1 Pro)"],
  ["m1-pro-14c",   "M1 Pro",   14, 8,  200,   [16, 32],        55,  E10, 2399, "MacBook Pro 14-inch (M1 Pro)"],
  ["m1-max",       "M1 Max",   32, 10, 400,   [32, 64],        100, E10, 2599, "Mac Studio (M1 Max)"],
  ["m1-max-24c",   "M1 Max",   24, 10, 400,   [32, 64],        90,  E10, 2399, "Mac Studio (M1 Max)"],
  ["m1-ultra",     "M1 Ultra", 64, 20, 800,   [64, 128],       215, E10, 5799, "Mac Studio (M1 Ultra)"],
  ["m1-ultra-48c", "M1 Ultra", 48, 20, 800,   [64, 128],       200, E10, 4799, "Mac Studio (M1 Ultra)"],
  // M2: LPDDR5-6400 — 100 / 200 / 400 / 800 GB/s.
  ["m2",           "M2",       10, 8,  100,   [8, 16, 24],     30,  E10, 999,  "Mac mini (M2)"],
  ["m2-8c",        "M2",       8,  8,  100,   [8, 16, 24],     25,  E10, 1499, "MacBook Air (M2)"],
  ["m2-pro",       "M2 Pro",   19, 12, 200,   [16, 32],        70,  E10, 1999, "Mac mini (M2 Pro)"],
  ["m2-pro-16c",   "M2 Pro",   16, 10, 200,   [16, 32],        60,  E10, 1699, "Mac mini (M2 Pro)"],
  ["m2-max",       "M2 Max",   38, 12, 400,   [32, 64, 96],    110, E10, 2999, "Mac Studio (M2 Max)"],
  ["m2-max-30c",   "M2 Max",   30, 12, 400,   [32, 64],        100, E10, 2399, "Mac Studio (M2 Max)"],
  ["m2-ultra",     "M2 Ultra", 76, 24, 800,   [64, 128, 192],  270, E10, 6599, "Mac Studio (M2 Ultra)"],
  ["m2-ultra-60c", "M2 Ultra", 60, 24, 800,   [64, 128, 192],  240, E10, 5599, "Mac Studio (M2 Ultra)"],
  // M3: the Pro drops to 150 GB/s; the 30-core Max has a narrower bus (300 GB/s). M3 Ultra has Thunderbolt 5.
  ["m3",           "M3",       10, 8,  100,   [8, 16, 24],     30,  E10, 1699, "MacBook Air 13-inch (M3)"],
  ["m3-8c",        "M3",       8,  8,  100,   [8, 16, 24],     25,  E10, 1499, "MacBook Air 13-inch (M3)"],
  ["m3-pro",       "M3 Pro",   18, 12, 150,   [18, 36],        70,  E10, 2799, "MacBook Pro 14-inch (M3 Pro)"],
  ["m3-pro-14c",   "M3 Pro",   14, 11, 150,   [18, 36],        60,  E10, 2399, "MacBook Pro 14-inch (M3 Pro)"],
  ["m3-max",       "M3 Max",   40, 16, 400,   [48, 64, 128],   140, E10, 4699, "MacBook Pro 14-inch (M3 Max)"],
  ["m3-max-30c",   "M3 Max",   30, 14, 300,   [36, 96],        120, E10, 3999, "MacBook Pro 14-inch (M3 Max)"],
  ["m3-ultra",     "M3 Ultra", 80, 32, 819,   [96, 256, 512],  300, TB5, 9499, "Mac Studio (M3 Ultra, 2025)"],
  ["m3-ultra-60c", "M3 Ultra", 60, 28, 819,   [96, 256],       270, TB5, 5599, "Mac Studio (M3 Ultra, 2025)"],
  // M4: LPDDR5X — 120 / 273 / 410–546 GB/s. M4 Pro and M4 Max have Thunderbolt 5; the base M4 has Thunderbolt 4.
  ["m4",           "M4",       10, 10, 120,   [16, 24, 32],    50,  TB4, 999,  "Mac mini (M4, 2024)"],
  ["m4-8c",        "M4",       8,  10, 120,   [16, 24, 32],    40,  TB4, 1399, "MacBook Air 13-inch (M4)"],
  ["m4-pro",       "M4 Pro",   20, 14, 273,   [24, 48, 64],    100, TB5, 2199, "Mac mini (M4 Pro, 2024)"],
  ["m4-pro-16c",   "M4 Pro",   16, 12, 273,   [24, 48, 64],    90,  TB5, 1999, "Mac mini (M4 Pro, 2024)"],
  ["m4-max",       "M4 Max",   40, 16, 546,   [48, 64, 128],   140, TB5, 3499, "Mac Studio (M4 Max, 2025)"],
  ["m4-max-32c",   "M4 Max",   32, 14, 410,   [36],            120, TB5, 1999, "Mac Studio (M4 Max, 2025)"],
  // M5: 153 GB/s; Neural Accelerators inside each GPU core.
  ["m5",           "M5",       10, 10, 153,   [16, 24, 32],    50,  TB4, 1999, "MacBook Pro 14-inch (M5)"],
];

/** Apple Silicon chips, one entry per GPU-core variant (the unsuffixed id is the largest variant). */
export const APPLE_HARDWARE: readonly HardwareInput[] = ROWS.map(apple) satisfies HardwareInput[];
