import { beforeAll, describe, expect, it } from "vitest";
import { buildTemplate, TEMPLATE_IDS } from "../../templates";
import { exportBundle } from "../bundle";
import { at, baseDocuments, DNS_1123_LABEL, findObject } from "../testing/bundle-files";
import { loadKubernetesModels, validateObject } from "../testing/k8s-validate";

beforeAll(loadKubernetesModels, 60_000);

describe("Kubernetes manifests", () => {
  it.each(TEMPLATE_IDS)("%s: every object passes the 1.31 schemas and the strict key check", (id) => {
    const docs = baseDocuments(exportBundle(buildTemplate(id)).files);
    expect(docs.length).toBeGreaterThan(10);
    const errors = docs.flatMap(validateObject);
    expect(errors).toEqual([]);
    for (const d of docs) {
      const meta = d.metadata as { name: string; namespace?: string };
      expect(meta.name).toMatch(DNS_1123_LABEL);
      expect(meta.name.length).toBeLessThanOrEqual(63);
      if (meta.namespace) expect(meta.namespace).toMatch(DNS_1123_LABEL);
    }
  });

  it("the strict check catches what kubernetes-models lets through (a misspelled key)", () => {
    const docs = baseDocuments(exportBundle(buildTemplate("minimal")).files);
    const deployment = structuredClone(docs.find((d) => d.kind === "Deployment")!) as {
      spec: Record<string, unknown>;
    };
    deployment.spec.replica = deployment.spec.replicas;
    expect(validateObject(deployment).join("\n")).toMatch(/\/spec\/replica: unknown key/);
    const missing = structuredClone(docs.find((d) => d.kind === "Service")!) as { spec: { ports: unknown } };
    missing.spec.ports = "http";
    expect(validateObject(missing).length).toBeGreaterThan(0);
    expect(
      validateObject({ apiVersion: "batch/v1beta1", kind: "CronJob", metadata: { name: "x" } })[0],
    ).toMatch(/not a Kubernetes 1.31 GA kind/);
  });

  it("enterprise: sizing, GPU requests, serving args, storage and HA objects follow plan and report", () => {
    const docs = baseDocuments(exportBundle(buildTemplate("enterprise")).files);
    const llm = findObject(docs, "Deployment", "llm");
    expect(at(llm, "spec.replicas")).toBe(6); // 2 TP2 instances at peak rate; N+1 across two 8-GPU boards: 4 + 2
    const args = at<string[]>(llm, "spec.template.spec.containers.0.args");
    const arg = (flag: string) => args[args.indexOf(flag) + 1];
    expect(arg("--model")).toBe("meta-llama/Llama-3.3-70B-Instruct");
    expect(arg("--tensor-parallel-size")).toBe("2");
    expect(arg("--max-num-seqs")).toBe("74");
    expect(arg("--quantization")).toBe("fp8");
    expect(arg("--kv-cache-dtype")).toBe("auto");
    // 3,400 tokens of prompt + output with 25% headroom, in 256-token blocks.
    expect(arg("--max-model-len")).toBe("4352");
    expect(at(llm, "spec.template.spec.containers.0.resources.limits")).toMatchObject({
      "nvidia.com/gpu": 2,
    });
    expect(at(llm, "spec.template.spec.nodeSelector")).toEqual({
      "nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3",
    });

    expect(at(findObject(docs, "Cluster", "postgres"), "spec.storage")).toEqual({
      size: "3431G",
      storageClass: "fast-ssd",
    });
    expect(
      at(findObject(docs, "StatefulSet", "s3"), "spec.volumeClaimTemplates.0.spec.storageClassName"),
    ).toBe("minio-drives");
    expect(at(findObject(docs, "HorizontalPodAutoscaler", "api"), "spec")).toMatchObject({
      minReplicas: 5,
      maxReplicas: 10,
    });
    expect(at(findObject(docs, "PodDisruptionBudget", "api"), "spec.maxUnavailable")).toBe(1);
    const kinds = new Set(docs.map((d) => d.kind));
    for (const k of [
      "Namespace",
      "StorageClass",
      "NetworkPolicy",
      "Ingress",
      "Issuer",
      "Certificate",
      "Secret",
    ])
      expect(kinds).toContain(k);
    const namespaces = docs.filter((d) => d.kind === "Namespace").map((d) => at<string>(d, "metadata.name"));
    expect(namespaces.sort()).toEqual([
      "cert-manager",
      "dcgm-exporter",
      "devana-ai",
      "devana-prod",
      "devana-services",
      "monitoring",
    ]);
    const api = at<Record<string, string>>(findObject(docs, "ConfigMap", "frontend-config"), "data");
    expect(api).toMatchObject({ API_URL: "http://api:4666", API_WEBSOCKET_URL: "ws://api:5001" });
    const apiConfig = at<Record<string, string>>(findObject(docs, "ConfigMap", "api-config"), "data");
    // Through PgBouncer (10 API pods may open 100 connections), which follows the current primary.
    expect(apiConfig.POSTGRES_URL).toBe(
      "postgresql://postgres-pooler-rw.devana-services.svc.cluster.local:5432",
    );
    expect(apiConfig.REDIS_URL).toBe("redis://redis-master.devana-services.svc.cluster.local:6379");
    expect(apiConfig.LLM_MODEL).toBe("llama-3.3-70b");
  });

  it("secrets are templates: every value is a placeholder", () => {
    const docs = baseDocuments(exportBundle(buildTemplate("hybrid")).files);
    const secrets = docs.filter((d) => d.kind === "Secret");
    expect(secrets.length).toBeGreaterThan(3);
    for (const s of secrets)
      for (const [k, v] of Object.entries(s.stringData as object))
        // kubernetes.io/basic-auth templates name their user (CloudNativePG's application owner).
        expect(v).toBe(k === "username" ? "app" : "REPLACE-ME");
    expect(docs.some((d) => d.kind === "Secret" && "data" in d)).toBe(false);
  });

  it("network policies: default deny per platform namespace, then only the allowed edges", () => {
    const docs = baseDocuments(exportBundle(buildTemplate("enterprise")).files);
    const policies = docs.filter((d) => d.kind === "NetworkPolicy");
    const denies = policies
      .filter((p) => at(p, "metadata.name") === "default-deny")
      .map((p) => at<string>(p, "metadata.namespace"));
    expect(denies.sort()).toEqual(["devana-ai", "devana-prod", "devana-services", "monitoring"]);
    const pg = findObject(policies, "NetworkPolicy", "postgres-ingress");
    expect(at<unknown[]>(pg, "spec.ingress")).toHaveLength(1);
    expect(JSON.stringify(at(pg, "spec.ingress"))).toContain('"app.kubernetes.io/name":"api"');
    // The LLM admits the API only, on 8000: §4 "api → LLM cluster:8000 allow; * → LLM cluster deny".
    const llm = findObject(policies, "NetworkPolicy", "llm-ingress");
    expect(at<unknown[]>(llm, "spec.ingress")).toHaveLength(1);
    expect(JSON.stringify(at(llm, "spec.ingress"))).toContain('"port":8000');
    expect(JSON.stringify(at(llm, "spec.ingress"))).toContain('"app.kubernetes.io/name":"api"');
  });

  it("Apple Silicon and cloud nodes become ExternalName Services with a README warning", () => {
    const mac = exportBundle(buildTemplate("mac-cluster"));
    const docs = baseDocuments(mac.files);
    const externals = docs.filter(
      (d) => d.kind === "Service" && (d.spec as { type?: string }).type === "ExternalName",
    );
    expect(externals.map((d) => (d.metadata as { name: string }).name).sort()).toEqual(["embeddings", "llm"]);
    expect(docs.some((d) => d.kind === "Deployment" && (d.metadata as { name: string }).name === "llm")).toBe(
      false,
    );
    expect(mac.warnings.filter((w) => w.code === "apple-silicon-external")).toHaveLength(2);
    expect(mac.files["README.md"]).toContain("apple-silicon-external");
    expect(mac.files["README.md"]).toContain("llama-server");
    const cloud = exportBundle(buildTemplate("cloud-llm"));
    expect(cloud.warnings.some((w) => w.code === "cloud-provider-external")).toBe(true);
    expect(cloud.files["kubernetes/base/external-services.yaml"]).toContain("externalName: api.openai.com");
  });
});
