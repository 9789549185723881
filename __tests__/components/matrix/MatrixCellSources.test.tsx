/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { EvidenceQuote } from '@/components/evidence/EvidenceQuote';
import { MatrixCell } from '@/components/matrix/MatrixCell';
import { matrixCellView } from '@/lib/matrix/cell';
import type { CodedEvidence, CodedPosition, Issue, Party, Round, Source } from '@/lib/model';

// Speakers, statement dates and disagreeing sources as a matrix cell and an evidence quote show them.
const issue: Issue = {
  id: 'ceasefire',
  title: 'Ceasefire',
  question: 'Now?',
  scale: { zero: 'Rejected', hundred: 'Immediate' },
};
const party: Party = { id: 'us', name: 'United States', shortName: 'US', kind: 'other' };
const round: Round = { id: 'r1', label: 'Kyiv meeting', date: '2025-05-10' };
const source: Source = {
  id: 's',
  title: 'Remarks',
  kind: 'official-statement',
  file: 's.txt',
};
const hegseth = 'Pete Hegseth, US Defense Secretary';

function position(evidence: CodedEvidence[]): CodedPosition {
  return {
    party: 'us',
    issue: 'ceasefire',
    round: 'r1',
    status: 'stated',
    label: 'A ceasefire first',
    summary: 'S.',
    value: 80,
    confidence: 'high',
    evidence,
  };
}

const quote = (extra: Partial<CodedEvidence> = {}): CodedEvidence => ({
  source: 's',
  quote: 'We want a ceasefire.',
  attribution: 'own-words',
  ...extra,
});

function view(evidence: CodedEvidence[]) {
  const cell = {
    party: 'us',
    issue: 'ceasefire',
    position: position(evidence),
    fromRound: round,
    carried: false,
    atTable: true,
  };
  return matrixCellView(cell, issue, party, '#0072B2', 'talks');
}

describe('MatrixCell: speakers and dates', () => {
  it("shows the speaker, and the statement date where it is not the round's", () => {
    render(<MatrixCell cell={view([quote({ speaker: hegseth, date: '2025-02-12' })])} />);
    expect(
      screen.getByText(/said by .*Pete Hegseth, US Defense Secretary.*, on 12 February 2025/),
    ).toBeInTheDocument();
  });

  it("says nothing of a quote whose date is the round's and who has no speaker", () => {
    const cell = view([quote({ date: '2025-05-10' })]);
    expect(cell.said).toEqual([]);
    render(<MatrixCell cell={cell} />);
    expect(screen.queryByText(/said/)).toBeNull();
  });

  it('puts quotes said on another date first, and names a speaker once', () => {
    const cell = view([
      quote({ speaker: 'Ilse Varga' }),
      quote({ speaker: 'Ilse Varga', date: '2025-04-28' }),
      quote({ date: '2025-04', dateInferred: true }),
    ]);
    expect(cell.said).toEqual([
      'said by \u2068Ilse Varga\u2069, on 28 April 2025',
      'said in April 2025 (date inferred)',
    ]);
    expect(cell.moreSaid).toBe(0);
  });

  it('names two speakers or dates, then counts the rest', () => {
    const cell = view([
      quote({ speaker: 'A' }),
      quote({ speaker: 'B' }),
      quote({ speaker: 'A' }),
      quote({ date: '2024' }),
    ]);
    expect(cell.said).toHaveLength(2);
    expect(cell.moreSaid).toBe(1);
    render(<MatrixCell cell={cell} />);
    expect(screen.getByText('+1 more speaker or date')).toBeInTheDocument();
  });
});

describe('MatrixCell: sources that disagree', () => {
  it('says "sources disagree" with the range of readings when a reading is over 10 away', () => {
    render(<MatrixCell cell={view([quote(), quote({ reading: 20 })])} />);
    expect(screen.getByText('sources disagree: readings 20–80 of 100')).toBeInTheDocument();
  });

  it('says nothing at exactly 10 away', () => {
    const cell = view([quote(), quote({ reading: 70 })]);
    expect(cell.contested).toBeUndefined();
    render(<MatrixCell cell={cell} />);
    expect(screen.queryByText(/sources disagree/)).toBeNull();
  });
});

describe('EvidenceQuote', () => {
  it('shows its reading, speaker and a statement date that differs from the round', () => {
    render(
      <EvidenceQuote
        datasetId="talks"
        evidence={quote({ speaker: hegseth, date: '2025-02', dateInferred: true, reading: 20 })}
        source={source}
        partyName="United States"
        roundDate="2025-05-10"
        reading="reads 20 of 100"
      />,
    );
    expect(screen.getByText('Reads 20 of 100')).toBeInTheDocument();
    expect(
      screen.getByText(/said by .*Pete Hegseth.*, in February 2025 \(date inferred\)/),
    ).toBeInTheDocument();
  });

  it('leaves the date out when it is the round’s, and says nothing without a round date', () => {
    const { container, rerender } = render(
      <EvidenceQuote
        datasetId="talks"
        evidence={quote({ date: '2025-05-10' })}
        source={source}
        partyName="United States"
        roundDate="2025-05-10"
      />,
    );
    expect(container.textContent).not.toMatch(/said/);
    rerender(
      <EvidenceQuote
        datasetId="talks"
        evidence={quote({ speaker: hegseth })}
        source={source}
        partyName="United States"
      />,
    );
    expect(container.textContent).not.toMatch(/said by/);
  });
});
