import { getFramework, getHardware, getProduct, replacedProductId } from "../../catalog";
import type { PlanNode } from "../../plan/node-schema";
import type { PlanDocument } from "../../plan/plan-schema";
import { p99InFlight, servedConcurrency } from "../llm/framework-limit";
import type { Finding, ServingReport } from "../report-schema";
import { finding, nodeTarget } from "./finding";

const hardwareName = (id: string) => getHardware(id)?.name ?? id;

/**
 * A serving node whose server is not the SKU its hardware says: a retired product id (the former 2 × H100 "SXM"
 * box, now the H100 NVL pair: SXM ships only on 4/8-GPU HGX boards) or a product holding another accelerator than
 * the node's hardware. The estimate takes compute and memory from the hardware and the GPU link from the product,
 * so the two must agree; choosing the server again (patch set-product) sets both.
 */
export function productFindings(node: PlanNode): Finding[] {
  const s = node.serving;
  if (!s?.product || typeof s.hardware !== "string") return [];
  const product = getProduct(s.product);
  if (!product?.hardwareId) return [];
  const retired = replacedProductId(s.product) !== undefined;
  if (!retired && product.hardwareId === s.hardware) return [];
  const params = {
    label: node.label,
    oldId: s.product,
    product: product.name,
    hardware: hardwareName(s.hardware),
    productHardware: hardwareName(product.hardwareId),
  };
  const patch = { op: "set-product" as const, nodeId: node.id, product: product.id };
  const fix = `Choose ${params.product} again so the node runs ${params.productHardware} (price, power and GPU link then all come from that server).`;
  if (retired)
    return [
      finding(
        "product-replaced",
        "warning",
        nodeTarget(node.id),
        `${params.label} names the retired server id ${params.oldId}, which modelled ${params.hardware} in a box that does not exist; it now stands for the ${params.product}`,
        fix,
        params,
        patch,
      ),
    ];
  return [
    finding(
      "product-hardware-mismatch",
      "warning",
      nodeTarget(node.id),
      `${params.label} runs ${params.hardware}, but its server (${params.product}) holds ${params.productHardware}: the estimate would mix the GPUs of one with the link of the other`,
      fix,
      params,
      patch,
    ),
  ];
}

/**
 * Requests a replica must admit at once at peak: the concurrency the plan fixes, else the rate-based operating
 * point's mean in flight N plus the Poisson count's 99th-percentile excursion, ceil(N + 2.33√N). (The rate model
 * itself admits at most the slots and counts the wait for one in TTFT.)
 */
export function requiredConcurrency(
  s: ServingReport,
  fixed: number | "max" | undefined,
): { required: number; meanInFlight: number } | undefined {
  if (typeof fixed === "number") return { required: fixed, meanInFlight: fixed };
  const n = s.operatingPoint?.concurrency;
  if (n === undefined || n <= 0) return undefined;
  return { required: p99InFlight(n), meanInFlight: n };
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/**
 * A node whose framework serves fewer requests at once than the node must hold at peak (llama-server's slots,
 * Ollama's OLLAMA_NUM_PARALLEL, mlx_lm.server's one request): the rest queue. A fixed concurrency beyond a hard
 * limit is an error (the server cannot be configured for it); otherwise the patch spreads the load over
 * ceil(replicas × required / served) replicas — a warning when the queue costs the SLOs or saturates the replica,
 * a notice when the SLOs (whose TTFT includes the slot wait) still hold.
 */
export function frameworkConcurrencyFindings(plan: PlanDocument, s: ServingReport): Finding[] {
  const node = plan.nodes.find((n) => n.id === s.nodeId);
  const framework = node?.serving ? getFramework(node.serving.framework) : undefined;
  if (s.mode !== "self-hosted" || s.purpose !== "llm" || !node?.serving || !framework?.concurrencyLimit)
    return [];
  const fixed = node.serving.concurrency;
  const served = servedConcurrency(framework, fixed);
  const need = requiredConcurrency(s, fixed);
  if (served === undefined || need === undefined || need.required <= served) return [];
  const required = need.required;
  const hard = !framework.concurrencyLimit.configurable;
  const replicas = Math.ceil((s.replicas * required) / served);
  const params = {
    label: s.label,
    framework: framework.name,
    required,
    mean: oneDecimal(need.meanInFlight),
    served,
    setting: framework.concurrencyLimit.setting,
    kind: hard ? "hard" : "configurable",
    replicas,
  };
  const fixedBeyondHard = hard && typeof fixed === "number";
  return [
    finding(
      "framework-concurrency-limit",
      fixedBeyondHard ? "error" : s.operatingPoint?.saturated || !s.meetsSlo ? "warning" : "info",
      nodeTarget(s.nodeId),
      `${params.label} must admit up to ${required.toLocaleString("en-US")} requests at once per replica at peak (${params.mean.toLocaleString("en-US")} in flight on average, plus Poisson bursts), but ${params.framework} serves ${served.toLocaleString("en-US")} at a time (${params.setting}): the rest wait in its queue`,
      hard
        ? `Run ${replicas.toLocaleString("en-US")} replicas, or serve with a framework that batches continuously (the llama.cpp server on a Mac, vLLM on NVIDIA).`
        : `Run ${replicas.toLocaleString("en-US")} replicas, or raise the slots: fix the node’s concurrency (the export sets ${params.setting} from it).`,
      params,
      fixedBeyondHard || replicas <= s.replicas
        ? undefined
        : { op: "set-replicas", nodeId: s.nodeId, replicas },
    ),
  ];
}

/** The SKU and framework-limit findings of every serving node. */
export function servingSkuFindings(plan: PlanDocument, serving: ServingReport[]): Finding[] {
  return [
    ...plan.nodes.flatMap(productFindings),
    ...serving.flatMap((s) => frameworkConcurrencyFindings(plan, s)),
  ];
}
