import { DECK_DEFAULT, DECK_MAX, deckChoices } from '@/lib/brief';
import { parseViewState } from '@/lib/url/query';
import { fixtureDataset } from './fixture';

describe('deckChoices', () => {
  it('keeps a small dataset whole, with no notice', () => {
    const dataset = fixtureDataset({ parties: 3, issues: 4 });
    const { state } = parseViewState({}, dataset);
    expect(deckChoices(dataset, state)).toEqual({ state, notices: [] });
  });

  it('narrows a large dataset to the default parties and issues, saying so', () => {
    const dataset = fixtureDataset({ parties: 12, issues: 25 });
    const { state: chosen, notices } = deckChoices(dataset, parseViewState({}, dataset).state);
    expect(chosen.parties).toHaveLength(DECK_DEFAULT.parties);
    expect(chosen.parties?.[0]).toBe('p1');
    expect(chosen.issues).toHaveLength(DECK_DEFAULT.issues);
    expect(chosen.issues?.[0]).toBe('i1');
    expect(notices).toEqual([
      'The deck shows the first 10 of 12 parties; choose others with ?parties=…',
      'The deck shows the 20 of 25 issues where positions are furthest apart; choose others with ?issues=…',
    ]);
  });

  it('prefers the issues whose positions are furthest apart, kept in dataset order', () => {
    const dataset = fixtureDataset({ parties: 2, issues: 22, silent: [] });
    // p1 at 0 and p2 at 20 everywhere: make i22 and i21 wider by moving p2.
    const positions = dataset.positions.map((p) =>
      p.status !== 'none' && p.party === 'p2' && (p.issue === 'i21' || p.issue === 'i22')
        ? { ...p, value: 90 }
        : p,
    );
    const { state } = deckChoices({ ...dataset, positions }, parseViewState({}, dataset).state);
    expect(state.issues).toHaveLength(20);
    expect(state.issues?.slice(-2)).toEqual(['i21', 'i22']);
    expect(state.issues).not.toContain('i20');
  });

  it('honours the URL choices up to the hard maximum', () => {
    const dataset = fixtureDataset({ parties: 12, issues: 70 });
    const all = dataset.issues.map((i) => i.id).join(',');
    const parsed = parseViewState({ issues: all, parties: 'p12,p1' }, dataset).state;
    const { state, notices } = deckChoices(dataset, parsed);
    expect(state.parties).toEqual(['p12', 'p1']);
    expect(state.issues).toHaveLength(DECK_MAX.issues);
    expect(notices).toEqual(['The deck shows the first 60 of the 70 issues chosen.']);
  });
});
