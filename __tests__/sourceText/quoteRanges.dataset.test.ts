import fs from 'node:fs';
import path from 'node:path';
import { type Dataset, normaliseForQuote } from '@/lib/model';
import { citationsByQuote } from '@/lib/sourceText/citations';
import { sourceView } from '@/lib/sourceText/sourceView';

// The bundled dataset: every quote must be found and its highlighted stretch must be the quote.
const dir = path.join(process.cwd(), 'data', 'istanbul-2025');
const d = JSON.parse(fs.readFileSync(path.join(dir, 'dataset.json'), 'utf8')) as Dataset;

describe('source highlighting on istanbul-2025', () => {
  it.each(d.sources.map((s) => [s.id, s] as const))('finds every quote in %s', (_, source) => {
    const text = fs.readFileSync(path.join(dir, 'sources', source.file), 'utf8');
    const view = sourceView(d, source, text, citationsByQuote(d));
    expect(view.passages.filter((p) => !p.found)).toEqual([]);
    expect(view.passages.every((p) => p.citations.length > 0)).toBe(true);
    const marked = new Map<string, string>();
    for (const block of view.blocks ?? []) {
      for (const key of marked.keys()) marked.set(key, `${marked.get(key)} `); // paragraph break
      for (const run of block.runs)
        for (const key of run.quotes) marked.set(key, `${marked.get(key) ?? ''}${run.text}`);
    }
    for (const passage of view.passages)
      expect(normaliseForQuote(marked.get(passage.key) ?? '')).toContain(
        normaliseForQuote(passage.quote),
      );
  });
});
