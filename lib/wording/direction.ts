import type { SignedComparison } from '@/lib/analysis/direction';
import { points } from './numbers';
import { isolate } from './text';

/**
 * A signed comparison in words, with the parties' short names:
 * "E4 is 20 points nearer Ukraine's end than US on Army size". The end's owner is "its own"
 * when it is the nearer party, and the farther party is "itself" when it owns the end.
 */
export function signedComparisonText(
  signed: SignedComparison,
  nameOf: (party: string) => string,
  issueTitle: string,
): string {
  const end =
    signed.owner === signed.nearer ? 'its own end' : `${isolate(nameOf(signed.owner))}’s end`;
  const farther = isolate(nameOf(signed.farther));
  const than = signed.owner === signed.farther ? `${farther} itself` : farther;
  const unit = points(signed.points) === '1' ? 'point' : 'points';
  return `${isolate(nameOf(signed.nearer))} is ${points(signed.points)} ${unit} nearer ${end} than ${than} on ${isolate(issueTitle)}`;
}
