import type { Party } from '@/lib/model';
import { PARTY_PALETTE, partyStyles, partyViewOf, partyViews } from '@/lib/style/palette';

const party = (id: string, colour?: string): Party => ({
  id,
  name: `${id} name`,
  shortName: id.toUpperCase(),
  kind: 'other',
  ...(colour ? { colour } : {}),
});

describe('partyStyles', () => {
  it('takes the dataset’s own colour, else the palette in order, and a new shape per party', () => {
    const styles = partyStyles([party('a'), party('b', '#123456'), party('c')]);
    expect(styles.get('a')).toEqual({ colour: PARTY_PALETTE[0], shape: 'circle' });
    expect(styles.get('b')).toEqual({ colour: '#123456', shape: 'square' });
    expect(styles.get('c')).toEqual({ colour: PARTY_PALETTE[2], shape: 'diamond' });
  });
});

describe('partyViews', () => {
  it('gives every party its names with the same style as the tables', () => {
    const parties = [party('a'), party('b', '#123456')];
    const views = partyViews(parties);
    expect([...views.keys()]).toEqual(['a', 'b']);
    expect(views.get('b')).toEqual({
      id: 'b',
      name: 'b name',
      shortName: 'B',
      ...partyStyles(parties).get('b'),
    });
  });
});

describe('partyViewOf', () => {
  it('finds a listed party and draws an unlisted id under its own name, grey', () => {
    const views = partyViews([party('a')]);
    expect(partyViewOf(views, 'a').name).toBe('a name');
    expect(partyViewOf(views, 'zz')).toEqual({
      id: 'zz',
      name: 'zz',
      shortName: 'zz',
      colour: '#777777',
      shape: 'circle',
    });
  });
});

describe('partyStyles and partyViews (proposals)', () => {
  it('gives a proposal a document mark and names it a proposal in charts and slides', () => {
    const parties = [
      { id: 'p', name: 'Peace plan', shortName: 'Plan', kind: 'proposal' as const },
      { id: 'q', name: 'Quarter', shortName: 'Q', kind: 'bloc' as const },
    ];
    expect(partyStyles(parties).get('p')?.document).toBe(true);
    expect(partyStyles(parties).get('q')?.document).toBeUndefined();
    expect(partyViews(parties).get('p')?.name).toBe('Peace plan (proposal)');
    expect(partyViews(parties).get('p')?.shortName).toBe('Plan (proposal)');
    expect(partyViews(parties).get('q')?.name).toBe('Quarter');
  });
});
