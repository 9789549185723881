/** Negative when x ranks before y, positive when after; must be a total order for a stable answer. */
export type Ranking<T> = (x: T, y: T) => number;

/**
 * Keeps the best `limit` items offered, without sorting them all: a binary heap whose root is the
 * worst item kept, so a candidate that cannot make the cut costs one comparison.
 */
export class BoundedRanking<T> {
  private readonly heap: T[] = [];
  private readonly limit: number;

  /** A ranking that keeps at most `limit` items (a negative or NaN limit keeps none). */
  constructor(
    private readonly rank: Ranking<T>,
    limit: number,
  ) {
    this.limit = Number.isNaN(limit) ? 0 : Math.max(0, Math.floor(limit));
  }

  /** True when `candidate` would be kept; lets callers skip building items that cannot make the cut. */
  admits(candidate: T): boolean {
    if (this.heap.length < this.limit) return true;
    const worst = this.heap[0];
    return worst !== undefined && this.rank(candidate, worst) < 0;
  }

  /** The worst item kept once `limit` items are held (the bar a newcomer must beat), else undefined. */
  bar(): T | undefined {
    return this.heap.length >= this.limit ? this.heap[0] : undefined;
  }

  /** Offers an item; it is kept when it ranks among the best `limit` seen so far. */
  offer(item: T): void {
    if (this.heap.length < this.limit) {
      this.heap.push(item);
      this.siftUp(this.heap.length - 1);
    } else if (this.admits(item)) {
      this.heap[0] = item;
      this.siftDown(0);
    }
  }

  /** The items kept, best first. */
  ranked(): T[] {
    return [...this.heap].sort(this.rank);
  }

  // A parent ranks after (is worse than) or equal to its children.
  private worse(i: number, j: number): boolean {
    return this.rank(this.heap[i]!, this.heap[j]!) > 0;
  }

  private swap(i: number, j: number): void {
    const item = this.heap[i]!;
    this.heap[i] = this.heap[j]!;
    this.heap[j] = item;
  }

  private siftUp(start: number): void {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(start: number): void {
    const n = this.heap.length;
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < n && this.worse(left, worst)) worst = left;
      if (right < n && this.worse(right, worst)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
