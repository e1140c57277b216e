import { INGRESS_NAMESPACE } from "../model/environment";
import { PRIVATE_RANGES } from "../model/serving";
import type { FlowEnd, FlowModel, Tier, WorkloadModel } from "../model/types";
import { commonLabels, selectorLabels, workloadLabels, type K8sObject } from "./meta";

/** Namespaces are selected by their tier label, so overlays may rename the app namespace without breaking rules. */
export const TIER_LABEL = "stackplan.io/tier";
const METADATA_NAME = "kubernetes.io/metadata.name";

const PLATFORM_TIERS: Tier[] = ["app", "services", "ai"];

function peer(end: FlowEnd, prefix: string): Record<string, unknown>[] {
  switch (end.type) {
    case "ingress":
      return [{ namespaceSelector: { matchLabels: { [METADATA_NAME]: INGRESS_NAMESPACE } } }];
    case "workload":
      return [
        {
          namespaceSelector: { matchLabels: { [TIER_LABEL]: end.workload.tier } },
          podSelector: { matchLabels: selectorLabels(end.workload, prefix) },
        },
      ];
    case "external":
      return end.external.egress.map((r) => ({
        ipBlock: { cidr: r.cidr, ...(r.except.length ? { except: r.except } : {}) },
      }));
  }
}

const tcp = (ports: number[]) =>
  [...new Set(ports)].sort((a, b) => a - b).map((port) => ({ protocol: "TCP", port }));

/** Groups flows by the other end, so each peer appears once with all its ports. */
function rules(flows: FlowModel[], other: (f: FlowModel) => FlowEnd, prefix: string, key: "from" | "to") {
  const groups = new Map<string, { end: FlowEnd; ports: number[] }>();
  for (const f of flows) {
    const end = other(f);
    const id =
      end.type === "workload"
        ? `w:${end.workload.name}`
        : end.type === "external"
          ? `e:${end.external.name}`
          : "ingress";
    const g = groups.get(id) ?? { end, ports: [] };
    g.ports.push(f.port);
    groups.set(id, g);
  }
  return [...groups.values()].map((g) => ({ [key]: peer(g.end, prefix), ports: tcp(g.ports) }));
}

/**
 * The firewall of §4 as NetworkPolicies: every platform namespace denies all traffic in and out by default, allows
 * DNS and Prometheus scraping, then each workload admits exactly its allowed flows (ingress on the target, egress on
 * the source, on the edge's port) and its own replicas on their replication ports.
 */
export function networkPolicies(
  workloads: WorkloadModel[],
  flows: FlowModel[],
  namespaces: Record<Tier, string>,
  prefix: string,
  options: { ingress: boolean },
): K8sObject[] {
  const labels = commonLabels(prefix);
  const out: K8sObject[] = [];
  if (options.ingress) {
    // cert-manager answers Let's Encrypt's HTTP-01 challenge from solver pods beside the Ingress (port 8089).
    out.push({
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: "allow-acme-solver", namespace: namespaces.app, labels },
      spec: {
        podSelector: { matchLabels: { "acme.cert-manager.io/http01-solver": "true" } },
        policyTypes: ["Ingress"],
        ingress: [{ from: peer({ type: "ingress" }, prefix), ports: tcp([8089]) }],
      },
    });
  }
  for (const tier of PLATFORM_TIERS) {
    const namespace = namespaces[tier];
    out.push(
      {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "default-deny", namespace, labels },
        spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
      },
      {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "allow-dns", namespace, labels },
        spec: {
          podSelector: {},
          policyTypes: ["Egress"],
          egress: [
            {
              to: [
                {
                  namespaceSelector: { matchLabels: { [METADATA_NAME]: "kube-system" } },
                  podSelector: { matchLabels: { "k8s-app": "kube-dns" } },
                },
              ],
              ports: [
                { protocol: "UDP", port: 53 },
                { protocol: "TCP", port: 53 },
              ],
            },
          ],
        },
      },
      {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "allow-monitoring", namespace, labels },
        spec: {
          podSelector: {},
          policyTypes: ["Ingress"],
          ingress: [{ from: [{ namespaceSelector: { matchLabels: { [TIER_LABEL]: "monitoring" } } }] }],
        },
      },
    );
  }
  // Monitoring: nothing may call in; Prometheus itself must reach every pod and the Kubernetes API (egress open).
  out.push({
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "default-deny", namespace: namespaces.monitoring, labels },
    spec: { podSelector: {}, policyTypes: ["Ingress"] },
  });
  for (const w of workloads) {
    if (w.tier === "monitoring") continue;
    const namespace = namespaces[w.tier];
    const meta = (suffix: string) => ({
      name: `${w.name}-${suffix}`,
      namespace,
      labels: workloadLabels(w, prefix),
    });
    const podSelector = { matchLabels: selectorLabels(w, prefix) };
    const inbound = flows.filter((f) => f.target.type === "workload" && f.target.workload === w);
    const outbound = flows.filter((f) => f.source.type === "workload" && f.source.workload === w);
    if (inbound.length) {
      out.push({
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: meta("ingress"),
        spec: {
          podSelector,
          policyTypes: ["Ingress"],
          ingress: rules(inbound, (f) => f.source, prefix, "from"),
        },
      });
    }
    if (outbound.length) {
      out.push({
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: meta("egress"),
        spec: {
          podSelector,
          policyTypes: ["Egress"],
          egress: rules(outbound, (f) => f.target, prefix, "to"),
        },
      });
    }
    if (w.serving) {
      // Model servers download their weights over HTTPS (Hugging Face, NGC) unless the cache is pre-loaded.
      out.push({
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: meta("model-download"),
        spec: {
          podSelector,
          policyTypes: ["Egress"],
          egress: [{ to: [{ ipBlock: { cidr: "0.0.0.0/0", except: PRIVATE_RANGES } }], ports: tcp([443]) }],
        },
      });
    }
    if (w.peerPorts.length) {
      const self = [{ podSelector }];
      out.push({
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: meta("peers"),
        spec: {
          podSelector,
          policyTypes: ["Ingress", "Egress"],
          ingress: [{ from: self, ports: tcp(w.peerPorts) }],
          egress: [{ to: self, ports: tcp(w.peerPorts) }],
        },
      });
    }
  }
  return out;
}
