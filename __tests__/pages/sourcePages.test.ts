import { sourcePage, sourcePageRequest, sourcePager } from '@/lib/pages/sourcePages';
import type { TextBlock, TextRun } from '@/lib/sourceText/sourceDocument';
import type { QuotedPassage } from '@/lib/sourceText/sourceView';

const run = (text: string, anchors: string[] = []): TextRun => ({
  text,
  bold: false,
  quotes: anchors,
  anchors,
  ends: anchors,
});
const passage = (key: string, number: number, found = true): QuotedPassage => ({
  key,
  quote: key,
  number,
  found,
  citations: [],
});

// One long paragraph quoting p1…p5 in order (as the generated 60×300 source does), a heading first.
const blocks: TextBlock[] = [
  { kind: 'heading', runs: [run('Title')] },
  {
    kind: 'paragraph',
    runs: [
      run('p1', ['p1']),
      run(' '),
      run('p2', ['p2']),
      run(' '),
      run('p3', ['p3']),
      run(' '),
      run('p4', ['p4']),
      run(' '),
      run('p5', ['p5']),
    ],
  },
];
const passages = [1, 2, 3, 4, 5].map((n) => passage(`p${n}`, n));
const texts = (b: TextBlock[] | undefined) => b?.map((x) => x.runs.map((r) => r.text).join(''));

describe('sourcePage', () => {
  it('is the whole text and list when the passages fit on one page', () => {
    const page = sourcePage({ blocks, passages }, {}, 10);
    expect(page).toMatchObject({ page: 1, pageCount: 1, first: 1, last: 5, total: 5 });
    expect(page.blocks).toBe(blocks);
  });
  it('cuts the list into pages and the text at the next page’s first passage', () => {
    const one = sourcePage({ blocks, passages }, {}, 2);
    expect(one.passages.map((p) => p.key)).toEqual(['p1', 'p2']);
    expect(texts(one.blocks)).toEqual(['Title', 'p1 p2 ']);
    const two = sourcePage({ blocks, passages }, { page: 2 }, 2);
    expect(texts(two.blocks)).toEqual(['p3 p4 ']);
    const three = sourcePage({ blocks, passages }, { page: 3 }, 2);
    expect(texts(three.blocks)).toEqual(['p5']);
    expect(three).toMatchObject({ first: 5, last: 5, pageCount: 3 });
  });
  it('opens the page holding a passage, and shows the last page for one past the end', () => {
    expect(sourcePage({ blocks, passages }, { passage: 'p4' }, 2).page).toBe(2);
    expect(sourcePage({ blocks, passages }, { passage: 'nope' }, 2).page).toBe(1);
    const past = sourcePage({ blocks, passages }, { page: 9 }, 2);
    expect(past).toMatchObject({ page: 3, missing: 9 });
  });
  it('knows the page of every passage', () => {
    const page = sourcePage({ blocks, passages }, {}, 2);
    expect(page.pageOf.get('p5')).toBe(3);
  });
  it('keeps a page’s own last passage where two pages’ passages start in one run', () => {
    const together: TextBlock[] = [{ kind: 'paragraph', runs: [run('ab', ['a', 'b']), run('c')] }];
    const list = [passage('a', 1), passage('b', 2)];
    expect(texts(sourcePage({ blocks: together, passages: list }, {}, 1).blocks)).toEqual(['ab']);
    expect(texts(sourcePage({ blocks: together, passages: list }, { page: 2 }, 1).blocks)).toEqual([
      'abc',
    ]);
  });
  it('shows no text on a page of passages not found in it (they come last)', () => {
    const list = [...passages, passage('gone', 6, false)];
    expect(sourcePage({ blocks, passages: list }, { page: 2 }, 5).blocks).toEqual([]);
  });
  it('has no blocks when the text could not be read', () => {
    expect(sourcePage({ passages }, { page: 2 }, 2).blocks).toBeUndefined();
  });
});

describe('sourcePager', () => {
  it('links previous, next and the page numbers', () => {
    const page = sourcePage({ blocks, passages }, { page: 2 }, 2);
    const pager = sourcePager(page, (n) => `p${n}`);
    expect(pager.previous).toBe('p1');
    expect(pager.next).toBe('p3');
    expect(pager.links).toEqual([
      { page: 1, href: 'p1', current: false },
      { page: 2, href: 'p2', current: true },
      { page: 3, href: 'p3', current: false },
    ]);
  });
});

describe('sourcePageRequest', () => {
  it('reads a page number and a passage anchor, and drops anything else', () => {
    expect(sourcePageRequest({ page: '3', passage: 'q-src-0a1b2c3d' })).toEqual({
      page: 3,
      passage: 'q-src-0a1b2c3d',
    });
    expect(sourcePageRequest({ page: '0', passage: '<script>' })).toEqual({});
    expect(sourcePageRequest({ page: ['2', '5'] })).toEqual({ page: 2 });
  });
});
