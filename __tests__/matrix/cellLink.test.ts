import { cellEvidenceHref, matrixCellHref } from '@/lib/matrix/cellLink';
import { buildMatrix } from '@/lib/matrix/model';
import { syntheticDataset } from '@/lib/synthetic';
import { DEFAULT_VIEW } from '@/lib/url/query';
import { dataset as fixture, TWO_ROUNDS } from '../analysis/fixtures';

describe('matrixCellHref', () => {
  const { dataset } = syntheticDataset({ parties: 3, issues: 120, seed: 7 });
  const sorted = buildMatrix(dataset, DEFAULT_VIEW).rows.map((r) => r.issue.id);
  const party = dataset.parties[0]?.id ?? '';

  it('leads back to the page of the default view that holds the cell, at its anchor', () => {
    const onFirst = sorted[0] ?? '';
    const onThird = sorted[110] ?? '';
    expect(matrixCellHref(dataset, onFirst, party)).toBe(
      `/${dataset.id}/matrix#cell-${onFirst}--${party}`,
    );
    expect(matrixCellHref(dataset, onThird, party, {})).toBe(
      `/${dataset.id}/matrix?page=3#cell-${onThird}--${party}`,
    );
  });

  it('keeps an earlier round', () => {
    const round = dataset.rounds[0]?.id ?? '';
    expect(matrixCellHref(dataset, sorted[0] ?? '', party, { round })).toMatch(
      new RegExp(`^/${dataset.id}/matrix\\?round=${round}(&page=\\d+)?#cell-`),
    );
  });

  it('keeps the round together with the version, orientation, what-if and reviewed-only', () => {
    const d = fixture({ rounds: TWO_ROUNDS });
    expect(matrixCellHref(d, 'x', 'a', { round: 'r1', version: '3', orient: 'b' })).toBe(
      '/fixture/matrix?round=r1&version=3&orient=b#cell-x--a',
    );
    expect(matrixCellHref(d, 'x', 'a', { round: 'r1', whatif: 'a.x=20', reviewed: 'only' })).toBe(
      '/fixture/matrix?round=r1&whatif=a.x%3D20&reviewed=only#cell-x--a',
    );
    // The latest round is the default, so it is left out; the rest stays.
    expect(matrixCellHref(d, 'x', 'a', { round: 'r2', orient: 'b' })).toBe(
      '/fixture/matrix?orient=b#cell-x--a',
    );
  });
});

describe('cellEvidenceHref', () => {
  const d = fixture({ rounds: TWO_ROUNDS });

  it('opens a cell at a round, keeping the version, orientation, what-if and reviewed-only', () => {
    const kept = { version: '3', orient: 'b', reviewed: 'only' as const };
    expect(cellEvidenceHref(d, 'x', 'a', { ...kept, round: 'r1' })).toBe(
      '/fixture/matrix/x/a?round=r1&version=3&orient=b&reviewed=only',
    );
    expect(cellEvidenceHref(d, 'x', 'a', { ...kept, round: 'r2' })).toBe(
      '/fixture/matrix/x/a?version=3&orient=b&reviewed=only',
    );
  });

  it('is the bare cell page with nothing to keep', () => {
    expect(cellEvidenceHref(d, 'x', 'a')).toBe('/fixture/matrix/x/a');
  });
});
