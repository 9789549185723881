/**
 * One list part's items while edits are applied, with an index from key to place, kept up to
 * date on replace and append and rebuilt after a removal or insertion: linear in the list for a
 * change of any size, where looking each key up afresh would be quadratic.
 */
export class ListCursor {
  private readonly items: unknown[];
  private index: Map<string, number> | undefined;

  constructor(
    private readonly keyOf: (value: unknown) => string,
    items: readonly unknown[],
  ) {
    this.items = [...items];
  }

  private keys(): Map<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (const [i, value] of this.items.entries()) this.index.set(this.freeKey(value), i);
    }
    return this.index;
  }

  /** The key an item would get at the end of the list: its base key, or "#2", "#3"... after it. */
  freeKey(value: unknown): string {
    const base = this.keyOf(value);
    const index = this.keys();
    let key = base;
    for (let n = 2; index.has(key); n++) key = `${base}#${n}`;
    return key;
  }

  /** The item with this key and its place, or undefined. */
  get(key: string): { index: number; value: unknown } | undefined {
    const index = this.keys().get(key);
    return index === undefined ? undefined : { index, value: this.items[index] };
  }

  /** Puts a value with the same key in place of the item at `index`. */
  replace(index: number, value: unknown): void {
    this.items[index] = value;
  }

  /** Appends a value under its free key, returned. */
  append(value: unknown): string {
    const keys = this.keys();
    const key = this.freeKey(value);
    this.items.push(value);
    keys.set(key, this.items.length - 1);
    return key;
  }

  /** Removes the item at `index`. */
  remove(index: number): void {
    this.items.splice(index, 1);
    this.index = undefined;
  }

  /** Inserts a value at `index` (at the end when past it). */
  insert(index: number, value: unknown): void {
    this.items.splice(Math.min(index, this.items.length), 0, value);
    this.index = undefined;
  }

  /** The items now. */
  list(): unknown[] {
    return this.items;
  }
}
