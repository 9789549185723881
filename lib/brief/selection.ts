import { issueDisagreement, takeSnapshot } from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import type { ViewState } from '@/lib/url/query';
import { count } from '@/lib/wording/numbers';

/** How many parties and issues a deck shows when the URL chooses none (a deck of hundreds of slides briefs nobody). */
export const DECK_DEFAULT = { parties: 10, issues: 20 };
/** The most parties and issues a deck shows even when the URL chooses more. */
export const DECK_MAX = { parties: 30, issues: 60 };

/**
 * The parties and issues a deck shows. RULE: what the URL chooses, up to DECK_MAX; with no choice
 * and more than DECK_DEFAULT, the first parties in dataset order, and the issues whose positions
 * are furthest apart among them (ties and one-sided issues in dataset order), kept in dataset order. Every
 * narrowing comes with a notice saying how to choose others.
 */
export function deckChoices(
  dataset: Dataset,
  state: ViewState,
): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const chosen: ViewState = { ...state };
  const allParties = dataset.parties.map((p) => p.id);
  const parties = state.parties ?? allParties;
  const partyLimit = state.parties ? DECK_MAX.parties : DECK_DEFAULT.parties;
  if (parties.length > partyLimit) {
    chosen.parties = parties.slice(0, partyLimit);
    notices.push(
      `The deck shows the first ${partyLimit} of ${count(parties.length, 'party', 'parties')}; choose others with ?parties=…`,
    );
  }
  const issues = state.issues ?? dataset.issues.map((i) => i.id);
  if (state.issues && issues.length > DECK_MAX.issues) {
    chosen.issues = issues.slice(0, DECK_MAX.issues);
    notices.push(
      `The deck shows the first ${DECK_MAX.issues} of the ${issues.length} issues chosen.`,
    );
  } else if (!state.issues && issues.length > DECK_DEFAULT.issues) {
    const snapshot = takeSnapshot(dataset, { round: state.round, parties: chosen.parties });
    const widest = (id: string) => issueDisagreement(snapshot, id).widest?.distance ?? -1;
    const top = new Set(
      issues
        .map((id, index) => ({ id, index, distance: widest(id) }))
        .sort((x, y) => y.distance - x.distance || x.index - y.index)
        .slice(0, DECK_DEFAULT.issues)
        .map((entry) => entry.id),
    );
    chosen.issues = issues.filter((id) => top.has(id));
    notices.push(
      `The deck shows the ${DECK_DEFAULT.issues} of ${issues.length} issues where positions are furthest apart; choose others with ?issues=…`,
    );
  }
  return { state: chosen, notices };
}
