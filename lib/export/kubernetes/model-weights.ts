import { MODEL_CACHE, SERVER_HOME } from "../model/frameworks";
import type { ModelCacheModel } from "../model/types";
import { planAnnotations, storageQuantity, workloadLabels, type K8sObject } from "./meta";
import { containerSecurity, gpuPlacement, podSecurity } from "./pod";

/** Labels of a download Job's pod: its own name, so only it gets the model-download egress. */
export const downloadJobName = (c: ModelCacheModel) => `${c.workload.name}-weights`;

/**
 * The shared model volume of a serving workload (ReadWriteMany on `standard`: every replica mounts it read-only)
 * and the Job that downloads the weights into it once, with the server's own image, then writes the marker file
 * the servers' init container waits for. Only this Job reaches the internet (Hugging Face), not the servers.
 */
export function modelCacheObjects(c: ModelCacheModel, namespace: string, prefix: string): K8sObject[] {
  const w = c.workload;
  const labels = workloadLabels(w, prefix);
  const claim: K8sObject = {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: { name: c.claimName, namespace, labels, annotations: { "stackplan.io/size-basis": c.basis } },
    spec: {
      accessModes: ["ReadWriteMany"],
      storageClassName: "standard",
      resources: { requests: { storage: storageQuantity(c.sizeG) } },
    },
  };
  if (!c.download) return [claim];
  const d = c.download;
  const name = downloadJobName(c);
  const security = { ...w.security, readOnlyRootFilesystem: true };
  const job: K8sObject = {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name, namespace, labels, annotations: planAnnotations(w) },
    spec: {
      backoffLimit: 6,
      template: {
        metadata: { labels: { ...labels, "app.kubernetes.io/name": name } },
        spec: {
          restartPolicy: "OnFailure",
          automountServiceAccountToken: false,
          securityContext: podSecurity(security),
          ...gpuPlacement(w),
          containers: [
            {
              name: "download",
              image: d.image,
              command: ["sh", "-c", `${d.script} && touch ${MODEL_CACHE}/${d.marker}`],
              env: [
                { name: "MODEL_ID", value: w.serving!.model },
                { name: "HOME", value: SERVER_HOME },
                ...d.env.map((e) => ("value" in e ? { name: e.name, value: e.value } : e)),
                {
                  name: "HF_TOKEN",
                  valueFrom: { secretKeyRef: { name: `${w.name}-secret`, key: "HF_TOKEN" } },
                },
              ],
              resources: {
                requests: { cpu: "1", memory: "4Gi" },
                limits: { cpu: "1", memory: "4Gi" },
              },
              securityContext: containerSecurity(security),
              volumeMounts: [
                { name: "models", mountPath: MODEL_CACHE },
                { name: "home", mountPath: SERVER_HOME },
                { name: "tmp", mountPath: "/tmp" },
              ],
            },
          ],
          volumes: [
            { name: "models", persistentVolumeClaim: { claimName: c.claimName } },
            { name: "home", emptyDir: { sizeLimit: "20G" } },
            { name: "tmp", emptyDir: { sizeLimit: "20G" } },
          ],
        },
      },
    },
  };
  return [claim, job];
}
