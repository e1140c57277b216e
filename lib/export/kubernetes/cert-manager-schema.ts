import { z } from "zod";

/**
 * Structural schemas of the cert-manager.io/v1 objects we emit (Issuer with an ACME HTTP-01 solver, Certificate),
 * transcribed from cert-manager's CRDs (v1.12+, which added `ingressClassName` to the solver). kubernetes-models has
 * no schema for CRDs, so the tests validate with these — strict: an unknown or misspelled key fails.
 */
const objectMeta = z
  .object({
    name: z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/),
    namespace: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/),
    labels: z.record(z.string(), z.string()).optional(),
    annotations: z.record(z.string(), z.string()).optional(),
  })
  .strict();

const secretKeySelector = z.object({ name: z.string().min(1) }).strict();

export const issuerSchema = z
  .object({
    apiVersion: z.literal("cert-manager.io/v1"),
    kind: z.literal("Issuer"),
    metadata: objectMeta,
    spec: z
      .object({
        acme: z
          .object({
            server: z.url(),
            email: z.string().min(3),
            privateKeySecretRef: secretKeySelector,
            solvers: z
              .array(
                z
                  .object({
                    http01: z
                      .object({ ingress: z.object({ ingressClassName: z.string().min(1) }).strict() })
                      .strict(),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

export const certificateSchema = z
  .object({
    apiVersion: z.literal("cert-manager.io/v1"),
    kind: z.literal("Certificate"),
    metadata: objectMeta,
    spec: z
      .object({
        secretName: z.string().min(1),
        dnsNames: z.array(z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/)).min(1),
        issuerRef: z
          .object({
            name: z.string().min(1),
            kind: z.enum(["Issuer", "ClusterIssuer"]),
            group: z.literal("cert-manager.io"),
          })
          .strict(),
        privateKey: z
          .object({
            algorithm: z.enum(["RSA", "ECDSA", "Ed25519"]),
            size: z.number().int().positive(),
            rotationPolicy: z.enum(["Never", "Always"]),
          })
          .strict(),
        usages: z
          .array(z.enum(["server auth", "client auth", "digital signature", "key encipherment"]))
          .optional(),
      })
      .strict(),
  })
  .strict();
