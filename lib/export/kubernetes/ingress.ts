import { hostFor } from "../model/environment";
import type { IngressModel } from "../model/types";
import type { Environment } from "../types";
import { commonLabels, type K8sObject } from "./meta";

export const INGRESS_NAME = "platform";
export const INGRESS_CLASS = "nginx";
export const tlsSecretName = (prefix: string) => `${prefix}-tls`;
export const issuerName = (prefix: string) => `${prefix}-letsencrypt`;

export function ingressHosts(ingress: IngressModel, prefix: string, environment: Environment): string[] {
  return ingress.routes.map((r) => hostFor(r.hostLabel, prefix, environment));
}

/**
 * The entry of §4: HTTPS on 443 for the frontend and the API (80 redirects), TLS from a cert-manager Certificate.
 * One host per route (`<service>.<prefix>.example.com`): the load balancer's edges say which services are public.
 */
export function ingressObjects(ingress: IngressModel, namespace: string, prefix: string): K8sObject[] {
  const labels = commonLabels(prefix);
  const hosts = ingressHosts(ingress, prefix, "production");
  if (hosts.length === 0) return [];
  return [
    {
      apiVersion: "networking.k8s.io/v1",
      kind: "Ingress",
      metadata: {
        name: INGRESS_NAME,
        namespace,
        labels,
        annotations: {
          "stackplan.io/node-id": ingress.nodeId,
          "stackplan.io/label": ingress.label,
          "nginx.ingress.kubernetes.io/ssl-redirect": "true",
          // WebSocket sessions and streamed LLM answers stay open longer than nginx's 60 s default.
          "nginx.ingress.kubernetes.io/proxy-read-timeout": "3600",
          "nginx.ingress.kubernetes.io/proxy-send-timeout": "3600",
        },
      },
      spec: {
        ingressClassName: INGRESS_CLASS,
        tls: [{ hosts, secretName: tlsSecretName(prefix) }],
        rules: ingress.routes.map((r, i) => ({
          host: hosts[i],
          http: {
            paths: [
              {
                path: "/",
                pathType: "Prefix",
                backend: { service: { name: r.workload.name, port: { number: r.port } } },
              },
            ],
          },
        })),
      },
    },
    {
      apiVersion: "cert-manager.io/v1",
      kind: "Issuer",
      metadata: { name: issuerName(prefix), namespace, labels },
      spec: {
        acme: {
          server: "https://acme-v02.api.letsencrypt.org/directory",
          email: "REPLACE-ME@example.com",
          privateKeySecretRef: { name: `${issuerName(prefix)}-account` },
          solvers: [{ http01: { ingress: { ingressClassName: INGRESS_CLASS } } }],
        },
      },
    },
    {
      apiVersion: "cert-manager.io/v1",
      kind: "Certificate",
      metadata: { name: tlsSecretName(prefix), namespace, labels },
      spec: {
        secretName: tlsSecretName(prefix),
        dnsNames: hosts,
        issuerRef: { name: issuerName(prefix), kind: "Issuer", group: "cert-manager.io" },
        privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
      },
    },
  ];
}
