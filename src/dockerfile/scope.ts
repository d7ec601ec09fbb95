// The ARG/ENV variables in scope at each instruction of a stage, without a copy per instruction:
// one timeline of assignments per stage, and a snapshot (a version number) per instruction. A
// snapshot reads like a Map; a lookup is a binary search in that name's history. 20,000 ENV lines
// once meant 20,000 copies of a 20,000-entry map (quadratic time, 4 GB).
import type { VarValue } from './expand.js';

export class VarTimeline {
  /** Per name: the versions at which it was set, and the values, in order. */
  private readonly history = new Map<string, { versions: number[]; values: VarValue[] }>();
  private version = 0;
  private current: VarScope | null = null;

  set(name: string, value: VarValue): void {
    this.version++;
    let h = this.history.get(name);
    if (!h) this.history.set(name, (h = { versions: [], values: [] }));
    h.versions.push(this.version);
    h.values.push(value);
    this.current = null;
  }

  get(name: string): VarValue | undefined {
    const h = this.history.get(name);
    return h ? h.values[h.values.length - 1] : undefined;
  }

  /** The variables as they are now, fixed: later `set`s do not change it. */
  snapshot(): VarScope {
    return (this.current ??= new VarScope(this, this.version));
  }

  /** @internal the value of a name at a version. */
  lookup(name: string, version: number): VarValue | undefined {
    const h = this.history.get(name);
    if (!h) return undefined;
    const v = h.versions;
    if (v[0] > version) return undefined;
    let lo = 0;
    let hi = v.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (v[mid] <= version) lo = mid;
      else hi = mid - 1;
    }
    return h.values[lo];
  }

  /** @internal names set at or before a version, in the order first set. */
  *namesAt(version: number): IterableIterator<string> {
    for (const [name, h] of this.history) if (h.versions[0] <= version) yield name;
  }
}

/** The variables in scope at one point of a stage: a read-only Map view of the timeline. */
export class VarScope implements ReadonlyMap<string, VarValue> {
  private sizeCache?: number;

  constructor(
    private readonly timeline: VarTimeline,
    private readonly version: number,
  ) {}

  get(name: string): VarValue | undefined {
    return this.timeline.lookup(name, this.version);
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get size(): number {
    if (this.sizeCache === undefined) {
      let n = 0;
      for (const _ of this.timeline.namesAt(this.version)) n++;
      this.sizeCache = n;
    }
    return this.sizeCache;
  }

  *entries(): MapIterator<[string, VarValue]> {
    for (const name of this.timeline.namesAt(this.version)) yield [name, this.timeline.lookup(name, this.version)!];
  }

  *keys(): MapIterator<string> {
    yield* this.timeline.namesAt(this.version);
  }

  *values(): MapIterator<VarValue> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, VarValue]> {
    return this.entries();
  }

  forEach(callback: (value: VarValue, key: string, map: ReadonlyMap<string, VarValue>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }
}
