/**
 * Element ids for new, pasted and duplicated elements. Ids must match the plan schema's element id rule
 * (`^[A-Za-z0-9][A-Za-z0-9_-]*$`, ≤ 64 characters) and be unique within their collection.
 */
const MAX_ID = 64;

/** Turns any text into a valid id stem ("PostgreSQL 17 #2" → "postgresql-17-2"). */
export function slugId(text: string, fallback = "node"): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, MAX_ID - 6);
  return slug || fallback;
}

/**
 * The first of `base`, `base-2`, `base-3`, … not in `taken`. A base that already ends in `-<n>` counts on from
 * it (duplicating `api-2` gives `api-3`, not `api-2-2`).
 */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = slugId(base);
  if (!taken.has(stem)) return stem;
  const m = /^(.*?)-(\d+)$/.exec(stem);
  const root = m ? m[1]! : stem;
  let n = m ? Number(m[2]) + 1 : 2;
  while (taken.has(`${root}-${n}`)) n++;
  return `${root}-${n}`;
}

/** Unique ids for several new elements at once (each id taken before the next is chosen). */
export function uniqueIds(bases: string[], taken: ReadonlySet<string>): string[] {
  const all = new Set(taken);
  return bases.map((b) => {
    const id = uniqueId(b, all);
    all.add(id);
    return id;
  });
}
