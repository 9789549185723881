// Writes public/bench/static.html before `next build` (npm run bench:load does): the static file
// `npm run bench:load` measures pages against, served by the same server. Git-ignored; about the
// size of the bundled overview (200 kB), made of plain text rows so it compresses like a page.
import fs from 'node:fs';
import path from 'node:path';

/** Where the file lives, under public/ (served at /bench/static.html). */
export const STATIC_FILE = path.resolve(__dirname, '../../public/bench/static.html');
/** Its address on the server. */
export const STATIC_PATH = '/bench/static.html';
/** Its size in bytes: about the bundled overview's HTML. */
export const STATIC_BYTES = 200 * 1024;

/** The file's content: a table of numbered rows, as many as make `bytes` (a row more at most). */
export function staticPage(bytes: number = STATIC_BYTES): string {
  const head =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Benchmark static file</title></head><body><h1>Benchmark static file</h1><table>';
  const tail = '</table></body></html>\n';
  const rows: string[] = [];
  let size = head.length + tail.length;
  for (let i = 1; size < bytes; i++) {
    const row = `<tr><td>${i}</td><td>Row ${i} of the static file the load benchmark compares pages with.</td></tr>`;
    rows.push(row);
    size += row.length;
  }
  return head + rows.join('') + tail;
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(STATIC_FILE), { recursive: true });
  fs.writeFileSync(STATIC_FILE, staticPage());
  console.log(`Wrote ${path.relative(process.cwd(), STATIC_FILE)} (${STATIC_BYTES / 1024} kB)`);
}
