/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { PositionCard } from '@/components/issues/PositionCard';
import type { ResolvedCell } from '@/lib/analysis';
import type { CodedPosition, Issue, Party, Source } from '@/lib/model';

const issue = {
  id: 'water',
  title: 'Water',
  question: 'How much water flows south?',
  scale: { zero: 'None', hundred: 'All' },
} as Issue;
const party = { id: 'ardra', name: 'Ardra', shortName: 'Ardra', kind: 'other' } as Party;
const source = { id: 'minutes', title: 'Minutes', kind: 'analysis' } as Source;
const round = { id: 'r1', label: 'Round 1', date: '2026-01-10' };

function card(position: CodedPosition) {
  const cell = {
    party: 'ardra',
    issue: 'water',
    position,
    fromRound: round,
    carried: false,
    atTable: true,
  };
  return render(
    <PositionCard
      datasetId="ardra-talks"
      issue={issue}
      party={party}
      cell={cell as ResolvedCell}
      sources={new Map([['minutes', source]])}
      issueTitles={new Map()}
    />,
  ).container;
}

const position = (readings: (number | undefined)[]): CodedPosition => ({
  party: 'ardra',
  issue: 'water',
  round: 'r1',
  status: 'stated',
  label: 'Half south',
  summary: 'Half flows south.',
  value: 50,
  confidence: 'medium',
  evidence: readings.map((reading, i) => ({
    source: 'minutes',
    quote: `Quote ${i + 1}.`,
    attribution: 'reported' as const,
    ...(reading === undefined ? {} : { reading }),
  })),
});

describe('PositionCard on the issue page', () => {
  it('says its sources disagree, with the range, and shows each quote beside its reading', () => {
    const text = card(position([undefined, 20])).textContent ?? '';
    expect(text).toMatch(/Sources disagree: readings 20–50 of 100 \(coded 50\)/);
    expect(text).toMatch(
      /Reads as the coded value \(50\)[\s\S]*Quote 1\.[\s\S]*Reads 20 of 100[\s\S]*Quote 2\./,
    );
  });

  it('says nothing of disagreement when every reading is within 10 of the value', () => {
    const text = card(position([undefined, 60])).textContent ?? '';
    expect(text).not.toMatch(/disagree/i);
    expect(text).toMatch(/Reads 60 of 100/);
  });
});
