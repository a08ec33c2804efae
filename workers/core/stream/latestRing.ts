/** The last `capacity` items, in a fixed array: older ones are overwritten. */
export class LatestRing<T> {
  private readonly slots: (T | undefined)[];
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.slots = new Array<T | undefined>(capacity);
  }

  push(item: T): void {
    this.slots[this.next] = item;
    this.next = (this.next + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  /** Up to `n` items, newest first. */
  newest(n = this.capacity): T[] {
    const out: T[] = [];
    for (let k = 1; k <= Math.min(n, this.count); k++)
      out.push(this.slots[(this.next - k + this.capacity) % this.capacity]!);
    return out;
  }

  clear(): void {
    this.slots.fill(undefined);
    this.next = 0;
    this.count = 0;
  }
}
