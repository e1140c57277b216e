import { INGRESS_NAMESPACE } from "../model/environment";
import { PRIVATE_RANGES } from "../model/serving";
import type { FlowEnd, FlowModel, ModelCacheModel, Tier, WorkloadModel } from "../model/types";
import { commonLabels, selectorLabels, workloadLabels, type K8sObject } from "./meta";

/** Namespaces are selected by their tier label, so overlays may rename the app namespace without breaking rules. */
export const TIER_LABEL = "stackplan.io/tier";
const METADATA_NAME = "kubernetes.io/metadata.name";

const PLATFORM_TIERS: Tier[] = ["app", "services", "ai"];

/** The pods clients reach (an operator's labels when it labels them) and the store's own pods. */
export const clientPods = (w: WorkloadModel, prefix: string) => w.podSelector ?? selectorLabels(w, prefix);
export const memberPods = (w: WorkloadModel, prefix: string) =>
  w.memberSelector ?? w.podSelector ?? selectorLabels(w, prefix);

/** A flow's other end as NetworkPolicy peers: a source by the pods it runs, a target by the pods clients reach. */
function peer(end: FlowEnd, prefix: string, role: "from" | "to" = "to"): Record<string, unknown>[] {
  switch (end.type) {
    case "ingress":
      return [{ namespaceSelector: { matchLabels: { [METADATA_NAME]: INGRESS_NAMESPACE } } }];
    case "workload":
      return [
        {
          namespaceSelector: { matchLabels: { [TIER_LABEL]: end.workload.tier } },
          podSelector: {
            matchLabels:
              role === "from" ? memberPods(end.workload, prefix) : clientPods(end.workload, prefix),
          },
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
  return [...groups.values()].map((g) => ({ [key]: peer(g.end, prefix, key), ports: tcp(g.ports) }));
}

const policy = (
  metadata: K8sObject["metadata"],
  podSelector: Record<string, string>,
  types: ("Ingress" | "Egress")[],
  body: Record<string, unknown>,
): K8sObject =>
  ({
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata,
    spec: {
      podSelector: Object.keys(podSelector).length ? { matchLabels: podSelector } : {},
      policyTypes: types,
      ...body,
    },
  }) as K8sObject;

/** Default deny, DNS and Prometheus scraping for one platform namespace. */
function namespacePolicies(namespace: string, labels: Record<string, string>): K8sObject[] {
  const meta = (name: string) => ({ name, namespace, labels });
  const dns = {
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
  };
  return [
    policy(meta("default-deny"), {}, ["Ingress", "Egress"], {}),
    policy(meta("allow-dns"), {}, ["Egress"], { egress: [dns] }),
    policy(meta("allow-monitoring"), {}, ["Ingress"], {
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { [TIER_LABEL]: "monitoring" } } }] }],
    }),
  ];
}

/** The plan's allowed flows into and out of one workload. */
function flowPolicies(
  w: WorkloadModel,
  flows: FlowModel[],
  meta: (s: string) => K8sObject["metadata"],
  prefix: string,
): K8sObject[] {
  const out: K8sObject[] = [];
  const inbound = flows.filter((f) => f.target.type === "workload" && f.target.workload === w);
  const outbound = flows.filter((f) => f.source.type === "workload" && f.source.workload === w);
  if (inbound.length)
    out.push(
      policy(meta("ingress"), clientPods(w, prefix), ["Ingress"], {
        ingress: rules(inbound, (f) => f.source, prefix, "from"),
      }),
    );
  if (outbound.length)
    out.push(
      policy(meta("egress"), memberPods(w, prefix), ["Egress"], {
        egress: rules(outbound, (f) => f.target, prefix, "to"),
      }),
    );
  return out;
}

/**
 * What a store's own pods need: each other on their replication ports (and, behind PgBouncer, the poolers to the
 * instances), their operator reaching them, and the Kubernetes API for operator instance managers (a
 * NetworkPolicy cannot name the API server: HTTPS to any address, narrowed in the README).
 */
function memberPolicies(
  w: WorkloadModel,
  meta: (s: string) => K8sObject["metadata"],
  prefix: string,
): K8sObject[] {
  const out: K8sObject[] = [];
  const members = memberPods(w, prefix);
  if (w.peerPorts.length) {
    const self = [{ podSelector: { matchLabels: members } }];
    out.push(
      policy(meta("peers"), members, ["Ingress", "Egress"], {
        ingress: [{ from: self, ports: tcp(w.peerPorts) }],
        egress: [{ to: self, ports: tcp(w.peerPorts) }],
      }),
    );
  }
  if (w.operator) {
    const from = [{ namespaceSelector: { matchLabels: { [METADATA_NAME]: w.operator.namespace } } }];
    out.push(
      policy(meta("operator"), members, ["Ingress"], { ingress: [{ from, ports: tcp(w.operator.ports) }] }),
    );
  }
  const fronts = w.podSelector && w.memberSelector ? w.podSelector : null;
  if (fronts && JSON.stringify(fronts) !== JSON.stringify(members)) {
    // PgBouncer pods in front of the instances: they reach the instances on 5432.
    out.push(
      policy(meta("pooler"), fronts, ["Egress"], {
        egress: [{ to: [{ podSelector: { matchLabels: members } }], ports: tcp([5432]) }],
      }),
      policy(meta("from-pooler"), members, ["Ingress"], {
        ingress: [{ from: [{ podSelector: { matchLabels: fronts } }], ports: tcp([5432]) }],
      }),
    );
  }
  if (w.kubernetesApi) {
    const to = [{ ipBlock: { cidr: "0.0.0.0/0" } }];
    const targets: [string, Record<string, string>][] = [["kube-api", members]];
    if (fronts) targets.push(["pooler-kube-api", fronts]);
    for (const [suffix, pods] of targets)
      out.push(policy(meta(suffix), pods, ["Egress"], { egress: [{ to, ports: tcp([443, 6443]) }] }));
  }
  if (w.operator && fronts) {
    const from = [{ namespaceSelector: { matchLabels: { [METADATA_NAME]: w.operator.namespace } } }];
    out.push(
      policy(meta("pooler-operator"), fronts, ["Ingress"], { ingress: [{ from, ports: tcp([8000]) }] }),
    );
  }
  return out;
}

/** Only the download Job of a model volume reaches the internet (HTTPS to public addresses). */
function downloadPolicy(c: ModelCacheModel, namespace: string, prefix: string): K8sObject | null {
  if (!c.download) return null;
  const name = `${c.workload.name}-weights`;
  const to = [{ ipBlock: { cidr: "0.0.0.0/0", except: PRIVATE_RANGES } }];
  return policy(
    { name: `${c.workload.name}-model-download`, namespace, labels: workloadLabels(c.workload, prefix) },
    { "app.kubernetes.io/name": name },
    ["Egress"],
    { egress: [{ to, ports: tcp([443]) }] },
  );
}

/**
 * The firewall of §4 as NetworkPolicies: every platform namespace denies all traffic in and out by default, allows
 * DNS and Prometheus scraping, then each workload admits exactly its allowed flows (ingress on the target, egress on
 * the source, on the edge's port), its own members, its operator and the model downloads.
 */
export function networkPolicies(
  model: { workloads: WorkloadModel[]; flows: FlowModel[]; modelCaches: ModelCacheModel[] },
  namespaces: Record<Tier, string>,
  prefix: string,
  options: { ingress: boolean },
): K8sObject[] {
  const labels = commonLabels(prefix);
  const out: K8sObject[] = [];
  if (options.ingress) {
    // cert-manager answers Let's Encrypt's HTTP-01 challenge from solver pods beside the Ingress (port 8089).
    out.push(
      policy(
        { name: "allow-acme-solver", namespace: namespaces.app, labels },
        { "acme.cert-manager.io/http01-solver": "true" },
        ["Ingress"],
        {
          ingress: [{ from: peer({ type: "ingress" }, prefix), ports: tcp([8089]) }],
        },
      ),
    );
  }
  for (const tier of PLATFORM_TIERS) out.push(...namespacePolicies(namespaces[tier], labels));
  // Monitoring: nothing may call in; Prometheus itself must reach every pod and the Kubernetes API (egress open).
  out.push(policy({ name: "default-deny", namespace: namespaces.monitoring, labels }, {}, ["Ingress"], {}));
  for (const w of model.workloads) {
    if (w.tier === "monitoring") continue;
    const namespace = namespaces[w.tier];
    const meta = (suffix: string) => ({
      name: `${w.name}-${suffix}`,
      namespace,
      labels: workloadLabels(w, prefix),
    });
    out.push(...flowPolicies(w, model.flows, meta, prefix), ...memberPolicies(w, meta, prefix));
  }
  for (const c of model.modelCaches) {
    const p = downloadPolicy(c, namespaces[c.workload.tier], prefix);
    if (p) out.push(p);
  }
  return out;
}
