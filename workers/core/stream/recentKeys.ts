/** The keys of recently seen posts, to skip a post delivered twice (a reconnect replays from its cursor). */

/** Keys remembered by default: far more than a reconnect replays, about 5 MB at most. */
export const DEFAULT_RECENT_KEYS = 65_536;

/** A set of at most `capacity` keys; adding past it forgets the oldest. */
export class RecentKeys {
  private readonly keys = new Set<string>();

  constructor(readonly capacity = DEFAULT_RECENT_KEYS) {}

  get size(): number {
    return this.keys.size;
  }

  /** Adds `key`; false when it was already there (a duplicate). */
  add(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.capacity) this.keys.delete(this.keys.values().next().value!);
    return true;
  }

  clear(): void {
    this.keys.clear();
  }
}
