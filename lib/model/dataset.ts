import { z } from 'zod';
import { clausesSchema } from './clause';
import { approximateDateSchema, isoDateSchema } from './dates';
import { datasetIdSchema, slugSchema } from './ids';

// Messages stay short because the error's path names the field. Every text has an upper
// bound, so one runaway field cannot make every page that shows it megabytes long.
const bounded = (max: number) =>
  z
    .string({ error: 'must be text' })
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max.toLocaleString('en-GB')} characters` });
const text = () => bounded(20_000);
/** A name, title or label: one line. */
const name = () => bounded(300);
/** A list of names, bounded so a runaway list cannot swamp a page. */
const names = () => z.array(name()).max(1000, { error: 'must have at most 1,000 entries' });

const httpUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s]+$/i, {
    error: 'must be a web address starting with http:// or https://',
  });

const scaleValue = z
  .number({ error: 'must be a number from 0 to 100' })
  .min(0, { error: 'must be a number from 0 to 100' })
  .max(100, { error: 'must be a number from 0 to 100' });

/** Kinds of source document, which decide how much weight a quote carries. */
export const sourceKindSchema = z.enum([
  'official-statement',
  'agreement-text',
  'analysis',
  'media-report',
]);

/** A document that positions are coded from; its full text lives in `data/<id>/sources/<file>`. */
export const sourceSchema = z.strictObject({
  id: slugSchema,
  title: name(),
  authors: names().optional(),
  publisher: name().optional(),
  date: approximateDateSchema.optional(),
  url: httpUrl.optional(),
  kind: sourceKindSchema,
  file: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(?:txt|md)$/, {
    error: 'must be a plain file name ending in .txt or .md, inside the sources folder',
  }),
});

/** What role a party plays at the table. */
export const partyKindSchema = z.enum([
  'party-to-conflict',
  'mediator',
  'bloc',
  'other',
  'proposal',
]);

/**
 * A negotiating party: a state, a bloc of states, a mediator, or a proposal (a draft plan or
 * counter-proposal speaking as a document). `rounds` lists the rounds it takes part in (default
 * all); `supersedes` names the proposal it replaces, which leaves the table from the first round
 * where this one is present; a proposal may list its `clauses`.
 */
export const partySchema = z.strictObject({
  id: slugSchema,
  name: name(),
  shortName: text().max(24, { error: 'must be at most 24 characters' }),
  kind: partyKindSchema,
  rounds: z
    .array(slugSchema)
    .min(1, { error: 'must name at least one round, or be left out' })
    .max(1000, { error: 'must have at most 1,000 entries' })
    .optional(),
  supersedes: slugSchema.optional(),
  members: names().optional(),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written as #rrggbb' })
    .optional(),
  /** Proposals only: the document's numbered points, in its order (see lib/model/clause.ts). */
  clauses: clausesSchema.optional(),
  /** The coder's estimate of the party's weight at the table, 0-100 (for the predicted outcome). */
  capability: scaleValue.optional(),
  /** Why the coder put the capability there. */
  capabilityNote: text().optional(),
});

/**
 * The words that give the two ends of an issue's 0-100 scale their meaning, and optionally whose
 * aim each end is (party ids): the direction that lets a view orient every issue to one party
 * (`?orient=`) and a comparison say which of two parties is nearer whose end.
 */
export const scaleSchema = z.strictObject({
  zero: text(),
  hundred: text(),
  /** The party whose aim the 0 end is. */
  zeroTowards: slugSchema.optional(),
  /** The party whose aim the 100 end is. */
  hundredTowards: slugSchema.optional(),
});

/** A question on the table, with its own worded scale. */
export const issueSchema = z.strictObject({
  id: slugSchema,
  title: name(),
  question: text(),
  scale: scaleSchema,
  category: name().optional(),
});

/** A moment at which positions are observed. */
export const roundSchema = z.strictObject({
  id: slugSchema,
  label: name(),
  date: isoDateSchema,
});

/** Whether a quote is the party's own words or somebody reporting the party's position. */
export const attributionSchema = z.enum(['own-words', 'reported']);

/** A verbatim quote from a source, backing a position, outcome or event. */
export const evidenceSchema = z.strictObject({
  source: slugSchema,
  quote: text().max(5000, { error: 'must be at most 5,000 characters' }),
  attribution: attributionSchema,
  locator: name().optional(),
});

/**
 * A quote behind a party's position, which may say who spoke and when: `date` is when the words
 * were said (it may differ from the round's date), `dateInferred` marks a date the coder worked
 * out rather than read in the source.
 */
export const statementEvidenceSchema = evidenceSchema.extend({
  speaker: name().optional(),
  date: approximateDateSchema.optional(),
  dateInferred: z.boolean({ error: 'must be true or false' }).optional(),
});

/**
 * A quote behind a stated or inferred position. `reading` is the value on the issue's scale that
 * this quote alone supports, when it differs from the coder's `value` for the cell (sources that
 * disagree); a quote without one supports the value.
 */
export const codedEvidenceSchema = statementEvidenceSchema.extend({
  reading: scaleValue.optional(),
});

/** An acceptable range on the issue's scale: what a party could live with. */
export const rangeSchema = z
  .object({ min: scaleValue, max: scaleValue })
  .refine((r) => r.min <= r.max, { error: 'min must not be greater than max', path: ['min'] });

/** Something a party attaches to its position, optionally tied to another issue. */
export const conditionSchema = z.strictObject({
  text: text(),
  issue: slugSchema.optional(),
});

/** How sure the coder is of a value. */
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

const positionKeys = {
  party: slugSchema,
  issue: slugSchema,
  round: slugSchema,
};

const codedPositionSchema = z.strictObject({
  ...positionKeys,
  status: z.enum(['stated', 'inferred']),
  label: text().max(90, { error: 'must be at most 90 characters' }),
  summary: text(),
  value: scaleValue,
  acceptable: rangeSchema.optional(),
  salience: z
    .number()
    .int({ error: 'must be a whole number from 1 to 5' })
    .min(1, { error: 'must be a whole number from 1 to 5' })
    .max(5, { error: 'must be a whole number from 1 to 5' })
    .optional(),
  confidence: confidenceSchema,
  /** Why the coder chose this value; optional (pages then say "no coding note"). */
  codingNote: text().optional(),
  conditions: z.array(conditionSchema).optional(),
  evidence: z
    .array(codedEvidenceSchema)
    .min(1, { error: 'a coded position needs at least one quote' }),
});

const silentPositionSchema = z.strictObject({
  ...positionKeys,
  status: z.literal('none'),
  label: text().max(90, { error: 'must be at most 90 characters' }).optional(),
  summary: text().optional(),
  /** How sure the coder is that the sources are silent. */
  confidence: confidenceSchema.optional(),
  codingNote: text().optional(),
  /** Sources the coder read and found silent on this, by id (no quote needed). */
  checked: z
    .array(slugSchema)
    .min(1, { error: 'must name at least one source, or be left out' })
    .max(1000, { error: 'must have at most 1,000 entries' })
    .optional(),
  evidence: z.array(statementEvidenceSchema).optional(),
});

const withdrawnPositionSchema = z.strictObject({
  ...positionKeys,
  status: z.literal('withdrawn'),
  label: text().max(90, { error: 'must be at most 90 characters' }),
  summary: text(),
  confidence: confidenceSchema,
  codingNote: text().optional(),
  evidence: z
    .array(statementEvidenceSchema)
    .min(1, { error: 'a withdrawn position needs at least one quote' }),
});

/**
 * One party's position on one issue in one round. `stated` and `inferred` carry a value and
 * evidence; `withdrawn` says, with evidence, that the party no longer holds a position from this
 * round on (no value); `none` records that the coder checked and the source is silent (`checked`
 * may name the sources read), which keeps an earlier value in force.
 */
export const positionSchema = z.discriminatedUnion(
  'status',
  [codedPositionSchema, withdrawnPositionSchema, silentPositionSchema],
  {
    error: 'status must be "stated", "inferred", "withdrawn" or "none"',
  },
);

/** What two or more parties agreed on an issue in a round. */
export const outcomeSchema = z.strictObject({
  issue: slugSchema,
  round: slugSchema,
  parties: z.array(slugSchema).min(2, { error: 'an outcome needs at least two parties' }),
  summary: text(),
  value: scaleValue.optional(),
  evidence: z.array(evidenceSchema).min(1, { error: 'an outcome needs at least one quote' }),
});

/** A dated happening on the timeline. */
export const eventSchema = z.strictObject({
  date: isoDateSchema,
  title: name(),
  parties: z.array(slugSchema),
  evidence: z.array(evidenceSchema).min(1, { error: 'an event needs at least one quote' }),
});

/** Who sat at the table for a party. */
export const delegationSchema = z.strictObject({
  party: slugSchema,
  round: slugSchema.optional(),
  members: z
    .array(z.strictObject({ name: name(), role: name() }))
    .min(1, { error: 'a delegation needs at least one member' }),
  evidence: z.array(evidenceSchema).optional(),
});

/** A whole negotiation: parties, issues, rounds and every coded position, with sources. */
export const datasetSchema = z.strictObject({
  $schema: z.string().max(2000).optional(),
  id: datasetIdSchema,
  title: name(),
  summary: text(),
  asOf: isoDateSchema,
  sources: z.array(sourceSchema).min(1, { error: 'a dataset needs at least one source' }),
  parties: z.array(partySchema).min(1, { error: 'a dataset needs at least one party' }),
  issues: z.array(issueSchema).min(1, { error: 'a dataset needs at least one issue' }),
  rounds: z.array(roundSchema).min(1, { error: 'a dataset needs at least one round' }),
  positions: z.array(positionSchema),
  outcomes: z.array(outcomeSchema).optional(),
  events: z.array(eventSchema),
  delegations: z.array(delegationSchema).optional(),
});

export type SourceKind = z.infer<typeof sourceKindSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type PartyKind = z.infer<typeof partyKindSchema>;
export type Party = z.infer<typeof partySchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Round = z.infer<typeof roundSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type StatementEvidence = z.infer<typeof statementEvidenceSchema>;
export type CodedEvidence = z.infer<typeof codedEvidenceSchema>;
export type Range = z.infer<typeof rangeSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type Position = z.infer<typeof positionSchema>;
export type CodedPosition = z.infer<typeof codedPositionSchema>;
export type SilentPosition = z.infer<typeof silentPositionSchema>;
export type WithdrawnPosition = z.infer<typeof withdrawnPositionSchema>;
export type PositionStatus = Position['status'];
export type Outcome = z.infer<typeof outcomeSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Delegation = z.infer<typeof delegationSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** True for a position that carries a value (status 'stated' or 'inferred'). */
export function hasValue(position: Position | undefined): position is CodedPosition {
  return position?.status === 'stated' || position?.status === 'inferred';
}
