/**
 * JSON Schema validation for the tests, with ajv: Kubernetes CRDs (OpenAPI v3 subsets, validated as draft-07) and
 * Helm values schemas (draft-07, or 2020-12 for the vLLM production stack).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { upstreamDocuments } from "./upstream";

type Schema = Record<string, unknown>;

/** CRD patterns are Go regular expressions: Go's inline `(?i)` becomes JavaScript's `i` flag. */
const goRegExp = Object.assign(
  (pattern: string, flags: string) =>
    pattern.includes("(?i)")
      ? new RegExp(pattern.replaceAll("(?i)", ""), `${flags}i`)
      : new RegExp(pattern, flags),
  { code: "new RegExp" },
);

/**
 * strict: false — CRD schemas carry x-kubernetes-* keywords (and CEL rules ajv cannot run); OpenAPI formats (int32,
 * int64, date-time) are not JSON Schema formats, so formats are not checked.
 */
const OPTIONS = {
  strict: false,
  allErrors: true,
  validateFormats: false,
  code: { regExp: goRegExp },
} as const;
const draft7 = new Ajv(OPTIONS);
const draft2020 = new Ajv2020(OPTIONS);

/**
 * CRDs never set additionalProperties: false (the API server prunes unknown fields), so a misspelt key would pass:
 * every object schema with `properties` and no x-kubernetes-preserve-unknown-fields is closed here.
 */
export function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (!schema || typeof schema !== "object") return schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema as Schema))
    out[k] =
      k === "properties"
        ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, closeObjects(s)]))
        : closeObjects(v);
  if (
    out.properties &&
    !out["x-kubernetes-preserve-unknown-fields"] &&
    out.additionalProperties === undefined
  )
    out.additionalProperties = false;
  return out;
}

export function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (e) =>
      `${e.instancePath || "/"} ${e.message}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`,
  );
}

/** Validators of every custom resource the bundle emits, from the vendored CRDs, keyed `apiVersion/kind`. */
const CRD_FILES = [
  "cloudnative-pg/crds/postgresql.cnpg.io_clusters.yaml",
  "cloudnative-pg/crds/postgresql.cnpg.io_scheduledbackups.yaml",
  "cloudnative-pg/crds/postgresql.cnpg.io_poolers.yaml",
  "cloudnative-pg/crds/barmancloud.cnpg.io_objectstores.yaml",
  "redis-operator-opstree/crds/redis.redis.opstreelabs.in_redisreplications.yaml",
  "redis-operator-opstree/crds/redis.redis.opstreelabs.in_redissentinels.yaml",
  "prometheus-operator/crds/monitoring.coreos.com_prometheusrules.yaml",
];

let crdValidators: Map<string, ValidateFunction> | undefined;

function loadCrds(): Map<string, ValidateFunction> {
  const out = new Map<string, ValidateFunction>();
  for (const file of CRD_FILES) {
    for (const crd of upstreamDocuments(file)) {
      const spec = crd.spec as {
        group: string;
        names: { kind: string };
        versions: { name: string; schema: { openAPIV3Schema: Schema } }[];
      };
      for (const v of spec.versions)
        out.set(
          `${spec.group}/${v.name}/${spec.names.kind}`,
          draft7.compile(closeObjects(v.schema.openAPIV3Schema) as Schema),
        );
    }
  }
  return out;
}

/** Kinds the vendored CRDs define (`group/version/Kind`). */
export function crdKinds(): string[] {
  crdValidators ??= loadCrds();
  return [...crdValidators.keys()];
}

/** Errors of a custom resource against its CRD's schema (null: no vendored CRD for it). */
export function validateCustomResource(object: Record<string, unknown>): string[] | null {
  crdValidators ??= loadCrds();
  const validate = crdValidators.get(`${String(object.apiVersion)}/${String(object.kind)}`);
  if (!validate) return null;
  return validate(object) ? [] : formatErrors(validate.errors);
}

/** Errors of values against a Helm chart's values.schema.json (2020-12 when the schema says so). */
export function validateValues(schema: Schema, values: unknown): string[] {
  const is2020 = String(schema.$schema ?? "").includes("2020-12");
  const validate = (is2020 ? draft2020 : draft7).compile(schema);
  return validate(values) ? [] : formatErrors(validate.errors);
}
