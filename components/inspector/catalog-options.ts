import {
  CLOUD_MODEL_LIST,
  FRAMEWORK_LIST,
  HARDWARE,
  INTERCONNECT_LIST,
  MODEL_LIST,
  PRECISION_LIST,
  PRODUCT_LIST,
} from "@/lib/catalog";
import { ZONE_KINDS, ZONES } from "@/lib/catalog/components";
import { LINK_CLASSES, LINK_CLASS_SPECS } from "@/lib/catalog/network";
import type { SelectOption } from "@/components/ui/form";
import { fieldMeta, say } from "@/lib/plan/fields";
import { servingSchema } from "@/lib/plan/node-schema";

/** Select options built once from the catalog (it never changes at run time). */
export const NONE = "";

/** The "not set" choice of an optional serving field, named by the field registry ("Default for the hardware"). */
const unset = (field: "product" | "kvPrecision" | "interconnect"): SelectOption => ({
  value: NONE,
  label: say(fieldMeta(servingSchema.shape[field]).empty!),
});

export const HARDWARE_GROUPS = (["nvidia", "apple"] as const).map((family) => ({
  label: family === "nvidia" ? "NVIDIA GPUs" : "Apple Silicon",
  options: HARDWARE.filter((h) => h.family === family).map((h) => ({
    value: h.id,
    label: `${h.name} (${h.memoryGb} GB, ${h.memoryBandwidthGBps.toLocaleString("en-US")} GB/s)`,
  })),
}));

export const PRODUCT_OPTIONS: SelectOption[] = [
  unset("product"),
  ...PRODUCT_LIST.filter((p) => p.hardwareId && p.devices > 0).map((p) => ({ value: p.id, label: p.name })),
];

export const GPU_OPTIONS: SelectOption[] = HARDWARE.filter((h) => h.family === "nvidia").map((h) => ({
  value: h.id,
  label: h.name,
}));

export function modelOptions(kind: "llm" | "embeddings"): SelectOption[] {
  const wanted = kind === "llm" ? "llm" : "embedding";
  return MODEL_LIST.filter((m) => m.kind === wanted).map((m) => ({
    value: m.id,
    label: `${m.name} (${m.totalParamsB} B)`,
  }));
}

export const PRECISION_OPTIONS: SelectOption[] = PRECISION_LIST.map((p) => ({
  value: p.id,
  label: `${p.name} — ${p.bitsPerWeight} bits/weight`,
}));

export const KV_PRECISION_OPTIONS: SelectOption[] = [
  unset("kvPrecision"),
  ...PRECISION_LIST.filter((p) => p.usableAsKvCache).map((p) => ({ value: p.id, label: p.name })),
];

export const FRAMEWORK_OPTIONS: SelectOption[] = FRAMEWORK_LIST.map((f) => ({
  value: f.id,
  label: `${f.name}${f.productionGrade ? "" : " (dev/test only)"} — ${f.runsOn.join(", ")}`,
}));

export const INTERCONNECT_OPTIONS: SelectOption[] = [
  unset("interconnect"),
  ...INTERCONNECT_LIST.filter((i) => i.scope === "inter-node").map((i) => ({ value: i.id, label: i.name })),
];

export function cloudModelOptions(provider: string, purpose: string): SelectOption[] {
  return CLOUD_MODEL_LIST.filter((m) => m.provider === provider && m.purpose === purpose).map((m) => ({
    value: m.id,
    label: `${m.name} ($${m.inputPerMTok.usd}/M in${m.outputPerMTok ? `, $${m.outputPerMTok.usd}/M out` : ""})`,
  }));
}

export const LINK_CLASS_OPTIONS: SelectOption[] = LINK_CLASSES.map((c) => ({
  value: c,
  label: `${LINK_CLASS_SPECS[c].name} — ${LINK_CLASS_SPECS[c].latencyMs} ms`,
}));

export const ZONE_KIND_OPTIONS: SelectOption[] = ZONE_KINDS.map((k) => ({
  value: k,
  label: `${ZONES[k].name} — ${ZONES[k].purpose}`,
}));
