/**
 * Two-level weak memo: text or figures that depend only on two catalog entries (or a request's own custom entry, which
 * is then its own key and is collected with it). Built once per pair, shared by every estimate that uses the pair.
 */
export class PairMemo<A extends object, B extends object, V> {
  private readonly byA = new WeakMap<A, WeakMap<B, V>>();

  get(a: A, b: B): V | undefined {
    return this.byA.get(a)?.get(b);
  }

  set(a: A, b: B, value: V): V {
    let inner = this.byA.get(a);
    if (!inner) this.byA.set(a, (inner = new WeakMap()));
    inner.set(b, value);
    return value;
  }
}

/** One-level weak memo (see PairMemo). */
export class ObjectMemo<A extends object, V> {
  private readonly byA = new WeakMap<A, V>();

  get(a: A): V | undefined {
    return this.byA.get(a);
  }

  set(a: A, value: V): V {
    this.byA.set(a, value);
    return value;
  }
}
