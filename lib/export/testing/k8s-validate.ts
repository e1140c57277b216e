/**
 * Test-only validation of generated Kubernetes objects:
 *  1. the apiVersion/kind must be one Kubernetes 1.31 serves (GA APIs only);
 *  2. kubernetes-models' JSON-schema validation (types, required fields, enums);
 *  3. a strict unknown-key check of our own, which kubernetes-models does not do (`spec.replica` passes it): every
 *     key of the object is looked up, recursively, in the model's TypeScript definitions (generated from the
 *     official OpenAPI schema) through the TypeScript type checker;
 *  4. custom resources against their upstream CRD's schema with ajv (vendored in testing/upstream, closed to unknown
 *     keys); cert-manager's two (no CRD vendored) against our strict structural zod schemas.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { certificateSchema, issuerSchema } from "../kubernetes/cert-manager-schema";
import { validateCustomResource } from "./ajv";

/** Kinds we emit, by apiVersion — all GA in Kubernetes 1.31 (the spec's minimum, §7). */
export const KUBERNETES_131_KINDS: Record<string, string[]> = {
  v1: ["Namespace", "ConfigMap", "Secret", "Service", "ServiceAccount", "PersistentVolumeClaim"],
  "apps/v1": ["Deployment", "StatefulSet", "DaemonSet"],
  "batch/v1": ["Job"],
  "autoscaling/v2": ["HorizontalPodAutoscaler"],
  "policy/v1": ["PodDisruptionBudget"],
  "networking.k8s.io/v1": ["NetworkPolicy", "Ingress"],
  "storage.k8s.io/v1": ["StorageClass"],
  "rbac.authorization.k8s.io/v1": ["ClusterRole", "ClusterRoleBinding"],
};

const CRD_SCHEMAS: Record<string, { safeParse: (v: unknown) => { success: boolean; error?: unknown } }> = {
  "cert-manager.io/v1/Issuer": issuerSchema,
  "cert-manager.io/v1/Certificate": certificateSchema,
};

const modulePath = (apiVersion: string, kind: string) =>
  `kubernetes-models/${apiVersion.includes("/") ? apiVersion : `v1`}/${kind}`;
const key = (apiVersion: string, kind: string) => `${apiVersion}/${kind}`;

/** The model interfaces of every kind above, resolved once by the TypeScript checker. */
class StrictKeys {
  private readonly checker: ts.TypeChecker;
  private readonly types = new Map<string, ts.Type>();

  constructor() {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    const entry = `${root}__stackplan_strict_keys__.ts`;
    const kinds = Object.entries(KUBERNETES_131_KINDS).flatMap(([v, ks]) => ks.map((k) => [v, k] as const));
    const source = [
      ...kinds.map(([v, k], i) => `import type { I${k} as T${i} } from "${modulePath(v, k)}";`),
      `export type All = { ${kinds.map(([v, k], i) => `"${key(v, k)}": T${i};`).join(" ")} };`,
    ].join("\n");
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.getSourceFile = (file, language, ...rest) =>
      file === entry ? ts.createSourceFile(file, source, language) : getSourceFile(file, language, ...rest);
    host.fileExists = (file) => file === entry || fileExists(file);
    const program = ts.createProgram([entry], options, host);
    this.checker = program.getTypeChecker();
    const symbol = this.checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    const all = this.checker.getDeclaredTypeOfSymbol(
      this.checker.getExportsOfModule(symbol).find((s) => s.name === "All")!,
    );
    for (const [v, k] of kinds) {
      const prop = all.getProperty(key(v, k));
      if (!prop) throw new Error(`strict keys: ${key(v, k)} did not resolve`);
      const type = this.checker.getTypeOfSymbol(prop);
      if (type.getProperties().length === 0)
        throw new Error(`strict keys: ${modulePath(v, k)} has no properties`);
      this.types.set(key(v, k), type);
    }
  }

  check(object: Record<string, unknown>): string[] {
    const type = this.types.get(key(String(object.apiVersion), String(object.kind)));
    if (!type) return [`no schema for ${object.apiVersion} ${object.kind}`];
    const errors: string[] = [];
    this.walk(object, type, "", errors);
    return errors;
  }

  private walk(value: unknown, declared: ts.Type, path: string, errors: string[]): void {
    if (value === null || typeof value !== "object") return;
    const type = this.checker.getNonNullableType(declared);
    if (Array.isArray(value)) {
      if (!this.checker.isArrayType(type)) {
        errors.push(`${path || "/"}: an array where the schema has ${this.checker.typeToString(type)}`);
        return;
      }
      const element = this.checker.getTypeArguments(type as ts.TypeReference)[0]!;
      value.forEach((item, i) => this.walk(item, element, `${path}/${i}`, errors));
      return;
    }
    const index = this.checker.getIndexInfosOfType(type).find((i) => i.keyType.flags & ts.TypeFlags.String);
    for (const [k, v] of Object.entries(value)) {
      const prop = type.getProperty(k);
      if (prop) this.walk(v, this.checker.getTypeOfSymbol(prop), `${path}/${k}`, errors);
      else if (index) this.walk(v, index.type, `${path}/${k}`, errors);
      else
        errors.push(
          `${path}/${k}: unknown key (allowed: ${type
            .getProperties()
            .map((p) => p.name)
            .join(", ")})`,
        );
    }
  }
}

let strict: StrictKeys | undefined;
const modelClasses = new Map<string, new (data: unknown) => { validate(): void }>();

/** Loads the kubernetes-models classes of every kind we emit (call once, e.g. in beforeAll). */
export async function loadKubernetesModels(): Promise<void> {
  for (const [v, kinds] of Object.entries(KUBERNETES_131_KINDS)) {
    for (const k of kinds) {
      const mod = (await import(/* @vite-ignore */ modulePath(v, k))) as Record<string, unknown>;
      modelClasses.set(key(v, k), mod[k] as new (data: unknown) => { validate(): void });
    }
  }
  strict ??= new StrictKeys();
}

/** Every problem with one object (empty when it is valid). Call loadKubernetesModels() first. */
export function validateObject(object: unknown): string[] {
  if (!object || typeof object !== "object" || Array.isArray(object)) return ["not an object"];
  const o = object as Record<string, unknown>;
  const id = key(String(o.apiVersion), String(o.kind));
  const custom = validateCustomResource(o);
  if (custom)
    return custom.map((x) => `${(o.metadata as { name?: string } | undefined)?.name ?? "?"}: ${id} ${x}`);
  const crd = CRD_SCHEMAS[id];
  if (crd) {
    const r = crd.safeParse(o);
    return r.success ? [] : [`${id}: ${String(r.error)}`];
  }
  const Model = modelClasses.get(id);
  if (!Model) return [`${id} is not a Kubernetes 1.31 GA kind this bundle may emit`];
  const errors: string[] = [];
  try {
    new Model(o).validate();
  } catch (e) {
    errors.push(`${id}: ${e instanceof Error ? e.message : String(e)}`);
  }
  errors.push(...strict!.check(o).map((x) => `${id} ${x}`));
  return errors.map((x) => `${(o.metadata as { name?: string } | undefined)?.name ?? "?"}: ${x}`);
}
