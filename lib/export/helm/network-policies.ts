import { INGRESS_NAMESPACE } from "../model/environment";
import type { DeploymentModel } from "../model/build";
import type { FlowModel } from "../model/types";
import { commonLabels, selectorLabels, workloadLabels, type K8sObject } from "../kubernetes/meta";
import { chartOf } from "./charts";

const NAME = "kubernetes.io/metadata.name";

const np = (metadata: K8sObject["metadata"], spec: Record<string, unknown>): K8sObject => ({
  apiVersion: "networking.k8s.io/v1",
  kind: "NetworkPolicy",
  metadata,
  spec,
});

/** Where an app pod's flow goes: a pod of the app namespace, or a namespace the charts run in (any pod there). */
function destination(f: FlowModel, model: DeploymentModel): Record<string, unknown>[] {
  const t = f.target;
  if (t.type === "external")
    return t.external.egress.map((r) => ({
      ipBlock: { cidr: r.cidr, ...(r.except.length ? { except: r.except } : {}) },
    }));
  if (t.type === "ingress") return [];
  const w = t.workload;
  const ns = chartOf(w) ? model.namespaces.services : model.namespaces[w.tier];
  return [
    {
      namespaceSelector: { matchLabels: { [NAME]: ns } },
      ...(chartOf(w) ? {} : { podSelector: { matchLabels: selectorLabels(w, model.prefix) } }),
    },
  ];
}

/**
 * The Helm variant's firewall for the platform's own namespace: default deny, DNS, Prometheus, the ingress
 * controller to the public services, and each app workload's planned flows (to chart-run stores by namespace: the
 * upstream charts label their pods their own way). The stores' namespace keeps the charts' own policies.
 */
export function appNetworkPolicies(model: DeploymentModel): K8sObject[] {
  const ns = model.namespaces.app;
  const labels = commonLabels(model.prefix);
  const out: K8sObject[] = [
    np(
      { name: "default-deny", namespace: ns, labels },
      { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
    ),
    np(
      { name: "allow-dns", namespace: ns, labels },
      {
        podSelector: {},
        policyTypes: ["Egress"],
        egress: [
          {
            to: [{ namespaceSelector: { matchLabels: { [NAME]: "kube-system" } } }],
            ports: [
              { protocol: "UDP", port: 53 },
              { protocol: "TCP", port: 53 },
            ],
          },
        ],
      },
    ),
    np(
      { name: "allow-monitoring", namespace: ns, labels },
      {
        podSelector: {},
        policyTypes: ["Ingress"],
        ingress: [
          { from: [{ namespaceSelector: { matchLabels: { [NAME]: model.namespaces.monitoring } } }] },
        ],
      },
    ),
  ];
  for (const w of model.workloads.filter((x) => x.tier === "app")) {
    const meta = (suffix: string) => ({
      name: `${w.name}-${suffix}`,
      namespace: ns,
      labels: workloadLabels(w, model.prefix),
    });
    const podSelector = { matchLabels: selectorLabels(w, model.prefix) };
    const inbound = model.flows.filter((f) => f.target.type === "workload" && f.target.workload === w);
    const from = inbound.map((f) =>
      f.source.type === "ingress"
        ? { namespaceSelector: { matchLabels: { [NAME]: INGRESS_NAMESPACE } } }
        : {
            podSelector: {
              matchLabels: selectorLabels(
                f.source.type === "workload" ? f.source.workload : { name: "x" },
                model.prefix,
              ),
            },
          },
    );
    if (inbound.length)
      out.push(
        np(meta("ingress"), {
          podSelector,
          policyTypes: ["Ingress"],
          ingress: inbound.map((f, i) => ({ from: [from[i]], ports: [{ protocol: "TCP", port: f.port }] })),
        }),
      );
    const outbound = model.flows.filter((f) => f.source.type === "workload" && f.source.workload === w);
    if (outbound.length)
      out.push(
        np(meta("egress"), {
          podSelector,
          policyTypes: ["Egress"],
          egress: outbound.map((f) => ({
            to: destination(f, model),
            ports: [{ protocol: "TCP", port: f.port }],
          })),
        }),
      );
  }
  return out;
}
