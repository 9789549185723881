import type { Analysis } from '@/lib/analysis';
import type { Dataset, Issue, Round, Source } from '@/lib/model';
import { partyViewOf, partyViews } from '@/lib/style/palette';
import type { ViewState } from '@/lib/url/query';
import type { SlideParty } from './schema';

/** What every slide builder reads: the data, the analysis, the chosen parties and issues, and lookups. */
export interface DeckContext {
  dataset: Dataset;
  analysis: Analysis;
  state: ViewState;
  /** The chosen parties, in the URL's order (all, in dataset order, by default). */
  parties: SlideParty[];
  /** The chosen issues, in the URL's order (all, in dataset order, by default). */
  issues: Issue[];
  party: (id: string) => SlideParty;
  issueTitle: (id: string) => string;
  source: (id: string) => Source | undefined;
  round: (id: string) => Round | undefined;
  /** Whether an issue is among the chosen ones. */
  hasIssue: (id: string) => boolean;
}

/** Builds the lookups once per deck. Party styles come from the whole dataset, so colours never change with the selection. */
export function deckContext(dataset: Dataset, analysis: Analysis, state: ViewState): DeckContext {
  const views = partyViews(dataset.parties);
  const issuesById = new Map(dataset.issues.map((issue) => [issue.id, issue] as const));
  const issueIds = state.issues ?? dataset.issues.map((issue) => issue.id);
  const issues = issueIds.flatMap((id) => issuesById.get(id) ?? []);
  const chosen = new Set(issues.map((issue) => issue.id));
  const sources = new Map(dataset.sources.map((source) => [source.id, source] as const));
  const rounds = new Map(dataset.rounds.map((round) => [round.id, round] as const));
  const party = (id: string): SlideParty => partyViewOf(views, id);
  return {
    dataset,
    analysis,
    state,
    parties: analysis.snapshot.parties.map(party),
    issues,
    party,
    issueTitle: (id) => issuesById.get(id)?.title ?? id,
    source: (id) => sources.get(id),
    round: (id) => rounds.get(id),
    hasIssue: (id) => chosen.has(id),
  };
}
