import { findQuoteRanges } from '@/lib/sourceText/quoteRanges';
import { sourceDocument } from '@/lib/sourceText/sourceDocument';

const plain = (blocks: ReturnType<typeof sourceDocument>) =>
  blocks.map((b) => b.runs.map((r) => r.text).join(''));

describe('sourceDocument', () => {
  it('splits paragraphs at blank lines and reads # lines as headings', () => {
    const text = '\n\n## Title\n\nFirst line\nsame paragraph.\n\n\nSecond.';
    const blocks = sourceDocument(text, []);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(plain(blocks)).toEqual(['Title', 'First line\nsame paragraph.', 'Second.']);
  });

  it('drops bold marks and makes the text between them bold', () => {
    const [block] = sourceDocument('**Head.** Body', []);
    expect(block!.runs).toEqual([
      { text: 'Head.', bold: true, quotes: [], anchors: [], ends: [] },
      { text: ' Body', bold: false, quotes: [], anchors: [], ends: [] },
    ]);
  });

  it('tags the runs a quote covers, anchors its first run and marks its last', () => {
    const text = '**The Meeting.** The talks ended.';
    const ranges = findQuoteRanges(text, [{ key: 'q', quote: 'The Meeting. The talks' }]);
    const [block] = sourceDocument(text, ranges);
    expect(block!.runs.map((r) => [r.text, r.bold, r.quotes, r.anchors, r.ends])).toEqual([
      ['The Meeting.', true, ['q'], ['q'], []],
      [' The talks', false, ['q'], [], ['q']],
      [' ended.', false, [], [], []],
    ]);
  });

  it('carries a quote across a paragraph break', () => {
    const text = 'Poklad,\n\ndeputy head.';
    const ranges = findQuoteRanges(text, [{ key: 'q', quote: 'Poklad, deputy' }]);
    const blocks = sourceDocument(text, ranges);
    expect(blocks[0]!.runs).toEqual([
      { text: 'Poklad,', bold: false, quotes: ['q'], anchors: ['q'], ends: [] },
    ]);
    expect(blocks[1]!.runs[0]).toEqual({
      text: 'deputy',
      bold: false,
      quotes: ['q'],
      anchors: [],
      ends: ['q'],
    });
  });

  it('splits overlapping quotes into runs covered by one or both', () => {
    const text = 'A B C D';
    const ranges = findQuoteRanges(text, [
      { key: 'x', quote: 'A B C' },
      { key: 'y', quote: 'B C D' },
    ]);
    const [block] = sourceDocument(text, ranges);
    expect(block!.runs.map((r) => [r.text, r.quotes, r.anchors, r.ends])).toEqual([
      ['A ', ['x'], ['x'], []],
      ['B C', ['x', 'y'], ['y'], ['x']],
      [' D', ['y'], [], ['y']],
    ]);
  });

  it('anchors only the first appearance of a quote that appears twice, and links back from both', () => {
    const text = 'yes and yes';
    const ranges = findQuoteRanges(text, [{ key: 'q', quote: 'yes' }]);
    const [block] = sourceDocument(text, ranges);
    expect(block!.runs.map((r) => [r.text, r.anchors, r.ends])).toEqual([
      ['yes', ['q'], ['q']],
      [' and ', [], []],
      ['yes', [], ['q']],
    ]);
  });
});
