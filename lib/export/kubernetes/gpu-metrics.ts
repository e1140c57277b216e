import { IMAGES } from "../model/images";
import { commonLabels, type K8sObject } from "./meta";
import { TIER_LABEL } from "./network-policies";

export const DCGM_NAMESPACE = "dcgm-exporter";
export const DCGM_PORT = 9400;

/**
 * NVIDIA's DCGM exporter on every GPU node: the source of the DCGM_FI_* metrics the GPU alerts read. It is the one
 * pod that cannot meet `restricted` (host pod-resources socket, SYS_ADMIN for profiling counters), so it runs in a
 * namespace of its own labelled `privileged`. The GPU Operator can run the same exporter: keep only one.
 */
export function gpuMetricsObjects(prefix: string): K8sObject[] {
  const labels = { ...commonLabels(prefix), "app.kubernetes.io/name": "dcgm-exporter" };
  const selector = { "app.kubernetes.io/name": "dcgm-exporter", "app.kubernetes.io/part-of": prefix };
  return [
    {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: {
        name: DCGM_NAMESPACE,
        labels: {
          ...commonLabels(prefix),
          [TIER_LABEL]: "gpu-metrics",
          "pod-security.kubernetes.io/enforce": "privileged",
        },
        annotations: {
          "stackplan.io/pod-security-exception":
            "DCGM exporter: hostPath /var/lib/kubelet/pod-resources and SYS_ADMIN (see README, Pod Security)",
        },
      },
    },
    {
      apiVersion: "apps/v1",
      kind: "DaemonSet",
      metadata: { name: "dcgm-exporter", namespace: DCGM_NAMESPACE, labels },
      spec: {
        selector: { matchLabels: selector },
        template: {
          metadata: {
            labels: { ...labels, "stackplan.io/job": "dcgm-exporter" },
            annotations: {
              "prometheus.io/scrape": "true",
              "prometheus.io/port": String(DCGM_PORT),
              "prometheus.io/path": "/metrics",
            },
          },
          spec: {
            automountServiceAccountToken: false,
            nodeSelector: { "nvidia.com/gpu.present": "true" },
            tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
            containers: [
              {
                name: "exporter",
                image: IMAGES.dcgmExporter,
                args: ["-f", "/etc/dcgm-exporter/default-counters.csv"],
                env: [{ name: "DCGM_EXPORTER_KUBERNETES", value: "true" }],
                ports: [{ name: "metrics", containerPort: DCGM_PORT, protocol: "TCP" }],
                resources: {
                  requests: { cpu: "100m", memory: "512Mi" },
                  limits: { cpu: "500m", memory: "1Gi" },
                },
                securityContext: { runAsNonRoot: false, runAsUser: 0, capabilities: { add: ["SYS_ADMIN"] } },
                readinessProbe: { httpGet: { path: "/health", port: DCGM_PORT }, periodSeconds: 10 },
                livenessProbe: { httpGet: { path: "/health", port: DCGM_PORT }, periodSeconds: 20 },
                volumeMounts: [
                  { name: "pod-resources", mountPath: "/var/lib/kubelet/pod-resources", readOnly: true },
                ],
              },
            ],
            volumes: [{ name: "pod-resources", hostPath: { path: "/var/lib/kubelet/pod-resources" } }],
          },
        },
      },
    },
  ];
}
