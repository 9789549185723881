import { dataset } from '../analysis/fixtures';
import { MAX_WHATIF_CHANGES, parseWhatIf, whatIfValue, withWhatIf } from '@/lib/url/whatif';

const d = dataset({ parties: ['ukraine', 'russia'], issues: ['security', 'territory'] });

describe('parseWhatIf', () => {
  it('reads position and capability changes, comma-separated', () => {
    expect(parseWhatIf('russia.security=40, ukraine.capability=62.5', d)).toEqual({
      changes: [
        { kind: 'position', party: 'russia', issue: 'security', value: 40 },
        { kind: 'capability', party: 'ukraine', value: 62.5 },
      ],
      notes: [],
    });
  });

  it('is empty without a value', () => {
    expect(parseWhatIf(undefined, d)).toEqual({ changes: [], notes: [] });
    expect(parseWhatIf('  ', d)).toEqual({ changes: [], notes: [] });
  });

  it('leaves out bad parts with a note naming each, keeping the good ones', () => {
    const { changes, notes } = parseWhatIf(
      'poland.security=40,russia.borders=10,russia.security=140,russia.security=abc,garbage,ukraine.territory=20',
      d,
    );
    expect(changes).toEqual([
      { kind: 'position', party: 'ukraine', issue: 'territory', value: 20 },
    ]);
    expect(notes).toEqual([
      'Ignored what-if "poland.security=40": no party "poland".',
      'Ignored what-if "russia.borders=10": no issue "borders".',
      'Ignored what-if "russia.security=140": the value must be a number from 0 to 100.',
      'Ignored what-if "russia.security=abc": the value must be a number from 0 to 100.',
      'Ignored what-if "garbage": write <party>.<issue>=<value> or <party>.capability=<value>.',
    ]);
  });

  it('lets a later change to the same cell replace an earlier one', () => {
    expect(parseWhatIf('russia.security=40,russia.security=50', d).changes).toEqual([
      { kind: 'position', party: 'russia', issue: 'security', value: 50 },
    ]);
  });

  it('keeps at most MAX_WHATIF_CHANGES changes', () => {
    const many = Array.from({ length: 30 }, (_, i) => `russia.capability=${i}`).join(',');
    expect(parseWhatIf(many, d).changes).toHaveLength(1);
    const big = dataset({
      parties: Array.from({ length: 30 }, (_, i) => `p${i}`),
      issues: ['x'],
    });
    const spread = Array.from({ length: 30 }, (_, i) => `p${i}.x=1`).join(',');
    const read = parseWhatIf(spread, big);
    expect(read.changes).toHaveLength(MAX_WHATIF_CHANGES);
    expect(read.notes).toEqual(['Ignored what-if changes after the first 20: 10 left out.']);
  });
});

describe('whatIfValue and withWhatIf', () => {
  it('writes changes back as a link value', () => {
    expect(
      whatIfValue([
        { kind: 'position', party: 'russia', issue: 'security', value: 40 },
        { kind: 'capability', party: 'ukraine', value: 60 },
      ]),
    ).toBe('russia.security=40,ukraine.capability=60');
  });

  it('adds a change, replacing one to the same target', () => {
    expect(
      withWhatIf(
        'russia.security=40,ukraine.capability=60',
        {
          kind: 'position',
          party: 'russia',
          issue: 'security',
          value: 30,
        },
        d,
      ),
    ).toBe('ukraine.capability=60,russia.security=30');
    expect(withWhatIf(undefined, { kind: 'capability', party: 'russia', value: 5 }, d)).toBe(
      'russia.capability=5',
    );
  });
});
