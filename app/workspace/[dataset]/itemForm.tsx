import { CodingForm } from '@/components/coding/CodingForm';
import {
  IssueFields,
  PartyFields,
  RoundFields,
  SourceFields,
} from '@/components/coding/PartFields';
import { PositionFields } from '@/components/coding/PositionFields';
import { DelegationFields, EventFields, OutcomeFields } from '@/components/coding/RecordFields';
import type { CodingPart } from '@/lib/coding';
import { codingChoices } from '@/lib/pages/coding';
import { codingApiHref } from '@/lib/url/routes';
import type { CodingContext, FormState } from './coding';

/** The parts that have coding pages. */
export const PAGED_PARTS = [
  'sources',
  'parties',
  'issues',
  'rounds',
  'positions',
  'events',
  'outcomes',
  'delegations',
] as const;

/** True for a part with coding pages. */
export function isPagedPart(part: string): part is (typeof PAGED_PARTS)[number] {
  return (PAGED_PARTS as readonly string[]).includes(part);
}

/** The add or edit form of one item of a part, posting to the part's action. */
export function ItemForm({
  ctx,
  part,
  state,
  create,
  cellWords = '',
}: {
  ctx: CodingContext;
  part: (typeof PAGED_PARTS)[number];
  state: FormState;
  create: boolean;
  cellWords?: string;
}) {
  const choices = codingChoices(ctx.dataset);
  const p = { values: state.values, errors: state.errors, editing: !create };
  const fields: Record<(typeof PAGED_PARTS)[number], React.ReactNode> = {
    sources: <SourceFields {...p} kinds={choices.sourceKinds} />,
    parties: <PartyFields {...p} rounds={choices.rounds} />,
    issues: <IssueFields {...p} parties={choices.parties} />,
    rounds: <RoundFields {...p} />,
    events: <EventFields {...p} choices={choices} />,
    outcomes: <OutcomeFields {...p} choices={choices} />,
    delegations: <DelegationFields {...p} choices={choices} />,
    positions: (
      <PositionFields
        values={state.values}
        errors={state.errors}
        choices={choices}
        cellWords={cellWords}
      />
    ),
  };
  return (
    <CodingForm
      action={codingApiHref(ctx.datasetId, part satisfies CodingPart)}
      baseRevision={state.baseRevision}
      create={create}
      upload={part === 'sources'}
      errors={state.errors}
      conflicts={state.conflicts}
      values={state.values}
      submit={create ? 'Add' : 'Save'}
    >
      {fields[part]}
    </CodingForm>
  );
}
