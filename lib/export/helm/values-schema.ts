import { z } from "zod";

/** "repo/name:tag" → { repository, tag } (the tag is after the last ':' that follows the last '/'). */
export function splitImage(image: string): { repository: string; tag: string } {
  const slash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  return colon > slash
    ? { repository: image.slice(0, colon), tag: image.slice(colon + 1) }
    : { repository: image, tag: "latest" };
}

/**
 * The umbrella chart's own values contract: one key per dependency (its alias), each validated by that chart's own
 * values.schema.json when Helm installs, plus `global` (shared with every subchart). Unknown top-level keys are
 * refused, so a misspelt dependency key fails `helm install` instead of being ignored. One zod schema is the source
 * of the generator's type and of helm/values.schema.json (draft-07, what Helm validates against).
 */
export function valuesSchema(aliases: string[]) {
  const subchart = z.record(z.string(), z.unknown());
  return z
    .object({
      global: z
        .object({ security: z.object({ allowInsecureImages: z.boolean() }).strict() })
        .strict()
        .describe("Shared with every subchart: Bitnami's images are pinned to bitnamilegacy explicitly"),
      ...Object.fromEntries(aliases.map((a) => [a, subchart.describe(`Values of the ${a} dependency`)])),
    })
    .strict();
}

export type HelmValues = { global: { security: { allowInsecureImages: boolean } } } & Record<string, unknown>;

/** values.schema.json of the umbrella chart. */
export function valuesJsonSchema(aliases: string[]): Record<string, unknown> {
  return z.toJSONSchema(valuesSchema(aliases), { target: "draft-7" }) as Record<string, unknown>;
}
