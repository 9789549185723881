import { z } from 'zod';
import {
  delegationSchema,
  eventSchema,
  issueSchema,
  outcomeSchema,
  partySchema,
  positionSchema,
  roundSchema,
  sourceSchema,
} from '@/lib/model';

/** The parts of a dataset a coder edits one item at a time, as they appear in URLs. */
export const CODING_PARTS = [
  'sources',
  'parties',
  'issues',
  'rounds',
  'positions',
  'events',
  'outcomes',
  'delegations',
] as const;

/** A part of a dataset a coder edits one item at a time. */
export type CodingPart = (typeof CODING_PARTS)[number];

/** True for a coding part's name (from a URL segment). */
export function isCodingPart(value: string): value is CodingPart {
  return (CODING_PARTS as readonly string[]).includes(value);
}

/** The model's strict schema of one item of each part (a source's text travels beside it). */
export const ITEM_SCHEMAS = {
  sources: sourceSchema,
  parties: partySchema,
  issues: issueSchema,
  rounds: roundSchema,
  positions: positionSchema,
  events: eventSchema,
  outcomes: outcomeSchema,
  delegations: delegationSchema,
} as const satisfies Record<CodingPart, z.ZodType>;

/** One item of a part, in the singular, for words ("party", "an issue"...). */
export const PART_WORDS: Record<CodingPart, { one: string; many: string; a: string }> = {
  sources: { one: 'source', many: 'Sources', a: 'a source' },
  parties: { one: 'party', many: 'Parties', a: 'a party' },
  issues: { one: 'issue', many: 'Issues', a: 'an issue' },
  rounds: { one: 'round', many: 'Rounds', a: 'a round' },
  positions: { one: 'position', many: 'Positions', a: 'a position' },
  events: { one: 'event', many: 'Events', a: 'an event' },
  outcomes: { one: 'outcome', many: 'Outcomes', a: 'an outcome' },
  delegations: { one: 'delegation', many: 'Delegations', a: 'a delegation' },
};

type Item = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The store's key of an item (docs/architecture.md, "Changes"): id for sources, parties, issues
 * and rounds; `party/issue/round` for positions; `issue/round/a+b` for outcomes; `date/title` for
 * events; `party/round` (or `party/*`) for delegations.
 */
export function itemKey(part: CodingPart, item: Item): string {
  switch (part) {
    case 'positions':
      return `${str(item.party)}/${str(item.issue)}/${str(item.round)}`;
    case 'outcomes': {
      const parties = Array.isArray(item.parties) ? item.parties.map(str).sort() : [];
      return `${str(item.issue)}/${str(item.round)}/${parties.join('+')}`;
    }
    case 'events':
      return `${str(item.date)}/${str(item.title)}`;
    case 'delegations':
      return `${str(item.party)}/${str(item.round) || '*'}`;
    default:
      return str(item.id);
  }
}
