/** Metric names of PromQL expressions, read with Prometheus' own grammar (@prometheus-io/lezer-promql). */
import { parser } from "@prometheus-io/lezer-promql";

/** Every metric a PromQL expression selects (vector selectors' names and `__name__` matchers); throws on a syntax error. */
export function metricsOf(expr: string): string[] {
  const tree = parser.parse(expr);
  const names: string[] = [];
  let error = false;
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) error = true;
      if (node.name === "VectorSelector") {
        const id = node.node.getChild("Identifier");
        if (id) names.push(expr.slice(id.from, id.to));
      }
    },
  });
  if (error) throw new Error(`not valid PromQL: ${expr}`);
  return names;
}
