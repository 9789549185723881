/** A rendered page kept for later requests under its entity tag. */
export interface CachedPage {
  status: number;
  /** Response headers worth repeating (content type, Vary, …); never Set-Cookie or the CSP. */
  headers: [string, string][];
  body: string;
  /** The throwaway nonce the page was rendered with, replaced by a fresh one on every answer. */
  nonce: string;
}

/** How full the cache is: what the bench prints. */
export interface RenderCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
}

/** Bytes a page is counted as: its body in UTF-8 plus its headers (V8 may hold up to twice that). */
function pageBytes(page: CachedPage): number {
  let bytes = Buffer.byteLength(page.body);
  for (const [name, value] of page.headers) bytes += name.length + value.length;
  return bytes;
}

/** Adds `key` to `keys`, forgetting the oldest beyond `bound`. */
function remember(keys: Set<string>, key: string, bound: number): void {
  keys.add(key);
  for (const old of keys) {
    if (keys.size <= bound) break;
    keys.delete(old);
  }
}

/**
 * A least-recently-used map of rendered pages bounded by bytes and by entries. A page larger
 * than an eighth of the budget is not kept, so one huge page cannot flush all the others.
 */
export class RenderCache {
  private readonly pages = new Map<string, { page: CachedPage; bytes: number }>();
  /** Keys asked for once and not kept yet, oldest first (bounded: four per entry). */
  private readonly seen = new Set<string>();
  /** Keys whose render was not kept (too big, not a 200 page): always left to Next. */
  private readonly refused = new Set<string>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  constructor(
    readonly maxBytes: number,
    readonly maxEntries: number,
  ) {}

  /** The page under `key`, now the most recently used; undefined when absent. */
  get(key: string): CachedPage | undefined {
    const item = this.pages.get(key);
    if (!item) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.pages.delete(key);
    this.pages.set(key, item);
    return item.page;
  }

  /**
   * True when a request for `key` should go to Next as without the cache: the first time it is
   * asked about (a page is kept from its second request, so the first after a new version is
   * rendered and streamed as before), and always once its render was refused. False when it is
   * kept or should be rendered for the cache now. Both sets forget their oldest keys first.
   */
  passes(key: string): boolean {
    if (this.pages.has(key)) return false;
    if (this.refused.has(key)) return true;
    if (this.seen.has(key)) return false;
    remember(this.seen, key, this.keyBound());
    return true;
  }

  /** Remembers that the page under `key` is not kept (see `passes`). */
  refuse(key: string): void {
    this.seen.delete(key);
    remember(this.refused, key, this.keyBound());
  }

  private keyBound(): number {
    return Math.max(this.maxEntries, 1) * 4;
  }

  /** Keeps `page` under `key` (when it fits), evicting the least recently used beyond the bounds. */
  set(key: string, page: CachedPage): boolean {
    const bytes = pageBytes(page);
    if (bytes > this.maxBytes / 8 || this.maxEntries < 1) return false;
    const old = this.pages.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.pages.delete(key);
    }
    this.pages.set(key, { page, bytes });
    this.seen.delete(key);
    this.bytes += bytes;
    for (const [other, item] of this.pages) {
      if (this.bytes <= this.maxBytes && this.pages.size <= this.maxEntries) break;
      this.pages.delete(other);
      this.bytes -= item.bytes;
    }
    return true;
  }

  /** Entries, bytes and hit counts so far. */
  stats(): RenderCacheStats {
    return {
      entries: this.pages.size,
      bytes: this.bytes,
      maxBytes: this.maxBytes,
      hits: this.hits,
      misses: this.misses,
    };
  }
}

/** Megabytes for the render cache from RENDER_CACHE_MB (default 64; 0 turns it off). */
export function renderCacheMegabytes(value: string | undefined): number {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return 64;
  const megabytes = Number(trimmed);
  return Number.isFinite(megabytes) && megabytes >= 0 ? megabytes : 64;
}
