/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { MatrixCell } from '@/components/matrix/MatrixCell';
import { matrixCellView } from '@/lib/matrix/cell';
import type { Issue, Party, Position, Round } from '@/lib/model';

const issue: Issue = {
  id: 'ceasefire',
  title: 'Ceasefire',
  question: 'Now?',
  scale: { zero: 'A ceasefire is rejected', hundred: 'An immediate ceasefire' },
};
const party: Party = { id: 'russia', name: 'Russia', shortName: 'Russia', kind: 'other' };
const r1: Round = { id: 'r1', label: 'Istanbul talks', date: '2025-05-16' };
const quote = [{ source: 's', quote: 'q', attribution: 'reported' as const }];

function stated(status: 'stated' | 'inferred'): Position {
  return {
    party: 'russia',
    issue: 'ceasefire',
    round: 'r1',
    status,
    label: 'A truce only on Russia’s terms',
    summary: 'S.',
    value: 10,
    confidence: status === 'stated' ? 'high' : 'low',
    codingNote: 'N.',
    conditions: [{ text: 'Ukraine stops mobilising' }],
    evidence: quote,
  };
}

function cell(position: Position | undefined, carried = false) {
  const resolved = position
    ? { party: 'russia', issue: 'ceasefire', position, fromRound: r1, carried, atTable: true }
    : { party: 'russia', issue: 'ceasefire', carried: false, atTable: true };
  return matrixCellView(resolved, issue, party, '#D55E00', 'talks');
}

describe('MatrixCell', () => {
  it('shows a stated position: status, label linking to evidence, value with poles, confidence, conditions', () => {
    // The pole words are said once, in the row header, and each marker points to them.
    render(
      <>
        <div id="poles-ceasefire">
          0 = {issue.scale.zero}; 100 = {issue.scale.hundred}
        </div>
        <MatrixCell cell={cell(stated('stated'))} />
      </>,
    );
    expect(screen.getByText('Stated')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'A truce only on Russia’s terms' });
    expect(link).toHaveAttribute('href', '/talks/matrix/ceasefire/russia');
    expect(screen.getByText('high confidence')).toBeInTheDocument();
    expect(screen.getByText('1 condition')).toBeInTheDocument();
    expect(screen.getByText('Ukraine stops mobilising')).toBeInTheDocument();
    const poles = '0 = A ceasefire is rejected; 100 = An immediate ceasefire';
    const marker = screen.getByRole('img', { name: '10 of 100' });
    expect(marker).toHaveAccessibleDescription(poles);
    expect(screen.queryByText(/^from /)).toBeNull();
  });

  it('shows an inferred position as inferred, with its own confidence', () => {
    render(<MatrixCell cell={cell(stated('inferred'))} />);
    expect(screen.getByText('Inferred')).toBeInTheDocument();
    expect(screen.queryByText('Stated')).toBeNull();
    expect(screen.getByText('low confidence')).toBeInTheDocument();
  });

  it('shows no stated position without any value or marker', () => {
    const none: Position = {
      party: 'russia',
      issue: 'ceasefire',
      round: 'r1',
      status: 'none',
      codingNote: 'Silent.',
    };
    render(<MatrixCell cell={cell(none)} />);
    expect(screen.getByText('No stated position')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByText(/confidence/)).toBeNull();
    expect(screen.getByRole('link', { name: /Coder's note/ })).toHaveAttribute(
      'href',
      '/talks/matrix/ceasefire/russia',
    );
  });

  it('shows a cell nobody coded as not coded, still linking to its page', () => {
    render(<MatrixCell cell={cell(undefined)} />);
    expect(screen.getByText('Not coded')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('link', { name: /Details/ })).toBeInTheDocument();
  });

  it('names the older round a carried position dates from', () => {
    render(<MatrixCell cell={cell(stated('stated'), true)} />);
    expect(screen.getByTitle('16 May 2025')).toHaveTextContent('from Istanbul talks');
    expect(screen.getByTitle('16 May 2025').querySelector('bdi')).toHaveTextContent(
      'Istanbul talks',
    );
  });

  it('reads Withdrawn with the round of the withdrawal, without a value', () => {
    const dropped: Position = {
      party: 'russia',
      issue: 'ceasefire',
      round: 'r1',
      status: 'withdrawn',
      label: 'Dropped the demand',
      summary: 'S.',
      confidence: 'medium',
      evidence: quote,
    };
    const view = matrixCellView(
      {
        party: 'russia',
        issue: 'ceasefire',
        position: dropped,
        fromRound: r1,
        carried: true,
        atTable: true,
      },
      issue,
      party,
      '#D55E00',
      'talks',
    );
    render(<MatrixCell cell={view} />);
    expect(screen.getByText('Withdrawn')).toBeInTheDocument();
    expect(screen.getByText('medium confidence')).toBeInTheDocument();
    expect(screen.getByTitle('16 May 2025')).toHaveTextContent('in Istanbul talks');
    expect(screen.queryByText(/from Istanbul talks/)).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('says not at the table for a party absent from the round', () => {
    const view = matrixCellView(
      { party: 'russia', issue: 'ceasefire', carried: false, atTable: false },
      issue,
      party,
      '#D55E00',
      'talks',
    );
    render(<MatrixCell cell={view} />);
    expect(screen.getByText('Not at the table')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
