import type { Source } from '@/lib/model';
import { titleFromText } from './cells';
import { Catalogue, idFromCell, readSourceDetails } from './entities';
import type { CsvFile, ImportSource } from './import';
import type { ImportProblem, Origin } from './problems';

/** The model's rule for a source file name (kept in step with `sourceSchema.file`). */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(?:txt|md)$/;

/** Sources assembled from texts and sources.csv, on top of the dataset being updated. */
export interface AssembledSources {
  sources: Catalogue<Source>;
  texts: Map<string, string>;
  problems: ImportProblem[];
  warnings: string[];
  /** Sources that got the default kind "analysis". */
  kindless: string[];
}

const extension = (file: string) => (/\.md$/i.test(file) ? 'md' : 'txt');
const stem = (file: string) => file.replace(/\.(txt|md)$/i, '');

/**
 * The sources of an import: each row of sources.csv is matched to its text by `file`, else by
 * `<id>.txt` / `<id>.md`; each text no row claims becomes a source named by its file. Rows
 * may also update the details of a source of `base` whose text is already there. A file name
 * the model would refuse (spaces, accents) is stored as `<id>.txt`.
 */
export function assembleSources(
  given: readonly ImportSource[],
  details: CsvFile | undefined,
  base: { sources: readonly Source[]; texts: ReadonlyMap<string, string> } | undefined,
  renamed: string[],
): AssembledSources {
  const out: AssembledSources = {
    sources: new Catalogue<Source>(),
    texts: new Map(base?.texts),
    problems: [],
    warnings: [],
    kindless: [],
  };
  for (const source of base?.sources ?? [])
    out.sources.add(source, { file: 'dataset.json' }, [source.file, source.title]);
  const read = details ? readSourceDetails(details.text, details.file, renamed) : undefined;
  out.problems.push(...(read?.problems ?? []));
  out.warnings.push(...(read?.warnings ?? []));

  const texts = new Map(given.map((g) => [g.file, g]));
  const claim = (...names: string[]) => {
    for (const name of names) {
      const found = texts.get(name);
      if (found) {
        texts.delete(name);
        return found;
      }
    }
    return undefined;
  };
  const put = (
    detail: Partial<Source> & { id: string },
    text: ImportSource | undefined,
    origin: Origin,
    aliases: string[],
  ) => {
    const old = out.sources.items[out.sources.find(detail.id) ?? -1];
    const reused = old?.id === detail.id ? old : undefined;
    const wanted = text?.file ?? reused?.file ?? `${detail.id}.txt`;
    const file = FILE_NAME.test(wanted) ? wanted : `${detail.id}.${extension(wanted)}`;
    const source: Source = {
      ...reused,
      ...detail,
      id: detail.id,
      file,
      title: detail.title ?? reused?.title ?? (text && titleFromText(text.text)) ?? detail.id,
      kind: detail.kind ?? reused?.kind ?? 'analysis',
    };
    if (!detail.kind && !reused?.kind) out.kindless.push(source.id);
    if (text) {
      if (reused && reused.file !== file) out.texts.delete(reused.file);
      out.texts.set(file, text.text);
    }
    out.sources.put(source, origin, [file, source.title, ...aliases]);
  };

  for (const { source: row, origin } of read?.details ?? []) {
    const { rawId, ...detail } = row;
    const text = claim(
      ...(detail.file ? [detail.file] : []),
      `${detail.id}.txt`,
      `${detail.id}.md`,
      `${rawId}.txt`,
      `${rawId}.md`,
    );
    const inBase = base?.sources.some((s) => s.id === detail.id);
    if (!text && !inBase) {
      out.problems.push({
        file: origin.file,
        row: origin.row,
        column: detail.file ? 'file' : 'id',
        message: `names source "${detail.id}", but there is no ${detail.file ?? `${detail.id}.txt`} in the sources folder (--sources-dir)`,
      });
      continue;
    }
    put(detail, text, origin, [rawId]);
  }
  for (const text of texts.values()) {
    const id = text.id ?? idFromCell(stem(text.file), renamed);
    const detail: Partial<Source> & { id: string; text?: string } = { ...text, id };
    delete detail.text;
    delete detail.file;
    put(detail, text, { file: `sources/${text.file}`, columns: {} }, [stem(text.file)]);
  }
  return out;
}
