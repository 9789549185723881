/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { IssueLinkList } from '@/components/compare/IssueLinkList';
import type { Issue } from '@/lib/model';
import type { CompareRow } from '@/lib/pages/compare';
import { gapText } from '@/lib/wording/gap';

/** RIGHT-TO-LEFT OVERRIDE: unclosed at the end of a title, it reverses every word after it in the line. */
const RLO = '\u202E';

const issue = (title: string): Issue =>
  ({
    id: 'ceasefire',
    title,
    question: 'Q?',
    scale: { zero: 'none', hundred: 'full' },
  }) as Issue;

const row = (title: string, distance: number): CompareRow => ({
  issue: issue(title),
  a: { party: 'a', issue: 'ceasefire', carried: false, atTable: true },
  b: { party: 'b', issue: 'ceasefire', carried: false, atTable: true },
  apart: { distance, rangeGap: distance, ranged: false },
});

/** The text of a node outside every <bdi> in it: the app's own words. */
function ownWords(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeName === 'BDI') return '';
  return [...node.childNodes].map(ownWords).join('');
}

describe('IssueLinkList', () => {
  it("isolates a title ending in U+202E, so the gap's words after it stay outside the override", () => {
    const { container } = render(
      <IssueLinkList
        rows={[row(`Ceasefire${RLO}`, 90)]}
        href={() => '/talks/issues/ceasefire'}
        detail={(r) => (r.apart ? gapText(r.apart) : '')}
        empty="none"
      />,
    );
    const item = container.querySelector('li')!;
    const isolated = item.querySelector('a bdi');
    expect(isolated?.textContent).toBe(`Ceasefire${RLO}`);
    expect(ownWords(item)).toBe(': positions 90 apart');
    expect(ownWords(item)).not.toContain(RLO);
    expect(item.textContent).toBe(`Ceasefire${RLO}: positions 90 apart`);
  });

  it('says what is empty when there are no rows', () => {
    const { container } = render(
      <IssueLinkList rows={[]} href={() => ''} detail={() => ''} empty="No issue." />,
    );
    expect(container.textContent).toBe('No issue.');
  });
});
