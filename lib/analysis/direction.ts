import type { Issue } from '@/lib/model';

/** Which of two parties is nearer whose end of an issue's scale, and by how much. */
export interface SignedComparison {
  /** The party whose position is nearer that end. */
  nearer: string;
  farther: string;
  /** |a − b|, in scale points (above 0). */
  points: number;
  end: 'zero' | 'hundred';
  /** The party whose aim that end is. */
  owner: string;
}

/**
 * Two known positions on an issue compared with a sign, where the scale says whose aim an end
 * is: "a is 20 points nearer X's end than b". The end named is, in order of preference, the
 * end of the party the view is oriented to, then an end owned by neither of the two compared
 * (so the sentence says something a plain distance does not), then the 0 end, then the 100 end.
 * Undefined when either end's owner is unknown on both ends or the positions are equal: a
 * missing direction is never guessed.
 */
export function signedComparison(
  issue: Pick<Issue, 'scale'>,
  a: { party: string; value: number },
  b: { party: string; value: number },
  orient?: string,
): SignedComparison | undefined {
  const points = Math.abs(a.value - b.value);
  if (points === 0) return undefined;
  const ends = (['zero', 'hundred'] as const).flatMap((end) => {
    const owner = end === 'zero' ? issue.scale.zeroTowards : issue.scale.hundredTowards;
    return owner === undefined ? [] : [{ end, owner }];
  });
  if (ends.length === 0) return undefined;
  const outside = (o: string) => o !== a.party && o !== b.party;
  const chosen =
    ends.find((e) => orient !== undefined && e.owner === orient) ??
    ends.find((e) => outside(e.owner)) ??
    ends[0]!;
  const higher = a.value > b.value ? a : b;
  const lower = higher === a ? b : a;
  const [nearer, farther] = chosen.end === 'hundred' ? [higher, lower] : [lower, higher];
  return {
    nearer: nearer.party,
    farther: farther.party,
    points,
    end: chosen.end,
    owner: chosen.owner,
  };
}
