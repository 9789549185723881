import path from 'node:path';

/** Where folder datasets live: `DATA_DIR` when set (tests, benchmarks), else `./data`. */
export function dataRoot(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(process.cwd(), 'data'),
  );
}
