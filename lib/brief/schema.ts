import { z } from 'zod';
import { PARTY_SHAPES } from '@/lib/style/palette';

/** A party as a slide draws it: name, short name and its one colour and marker shape. */
export const slidePartySchema = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  colour: z.string(),
  shape: z.enum(PARTY_SHAPES),
});

/** A verbatim quote in small print, with who said it and where it comes from. */
export const slideQuoteSchema = z.object({
  text: z.string(),
  /** True when a long quote was cut for the slide; the evidence link has it in full. */
  shortened: z.boolean(),
  attribution: z.string(),
  /** Who said it and when, where that is not the round's date: "said by …, on 12 February 2025". */
  said: z.string().optional(),
  /** What this quote alone reads on the scale, when the cell's quotes give readings: "reads 20 of 100". */
  reading: z.string().optional(),
  source: z.string(),
  href: z.string(),
});

/** One cell of the "where they stand" matrix: a label, or no stated position. */
export const standingCellSchema = z.object({
  party: z.string(),
  label: z.string().optional(),
  /** "stated", "inferred", or "no stated position"; the date appended when carried, "sources disagree" when contested. */
  status: z.string(),
  known: z.boolean(),
});

/** A marker on an issue's strip: where a party stands on the 0-100 line. */
export const slideStripMarkerSchema = z.object({
  party: slidePartySchema,
  value: z.number(),
  /** Inferred rather than stated: drawn hollow, as in the charts. */
  inferred: z.boolean(),
  /** Horizontal position, as a CSS percentage ("42%"). */
  left: z.string(),
  /** The acceptable range as CSS left and width percentages, when the party gave one. */
  range: z.object({ left: z.string(), width: z.string(), text: z.string() }).optional(),
  /** Label lane above the line (0 nearest), so close markers' names do not collide. */
  lane: z.number().int().min(0),
  /** Which way the name runs from the marker, so names near the ends stay on the slide. */
  align: z.enum(['start', 'center', 'end']),
});

const base = {
  /** Slide heading. */
  heading: z.string(),
  /** True on the second and later slides of a split section: the heading carries "(continued)". */
  continued: z.boolean(),
  /** What the presenter can say: coding notes and caveats, one paragraph each. */
  notes: z.array(z.string()),
};

const titleSlide = z.object({
  kind: z.literal('title'),
  ...base,
  summary: z.string(),
  asOf: z.string(),
  round: z.string(),
  parties: z.array(slidePartySchema),
  /** Many parties: name them by their short names so the list fits. */
  shortNames: z.boolean(),
  sources: z.array(z.string()),
  /** How the URL's choices were read or narrowed (unknown ids dropped, a large dataset cut down). */
  notices: z.array(z.string()),
});

const standingsSlide = z.object({
  kind: z.literal('standings'),
  ...base,
  parties: z.array(slidePartySchema),
  rows: z.array(
    z.object({ issue: z.string(), title: z.string(), cells: z.array(standingCellSchema) }),
  ),
});

const gapsSlide = z.object({
  kind: z.literal('gaps'),
  ...base,
  rows: z.array(
    z.object({
      rank: z.number().int(),
      issue: z.string(),
      a: slidePartySchema,
      b: slidePartySchema,
      gap: z.string(),
      /** Bar length as a CSS percentage of the full scale. */
      width: z.string(),
      /** "sources disagree on Russia's value (readings 10–40 of 100)" when a side is contested. */
      contested: z.string().optional(),
    }),
  ),
  empty: z.string(),
});

const agreementSlide = z.object({
  kind: z.literal('agreement'),
  ...base,
  rows: z.array(
    z.object({ issue: z.string(), parties: z.array(slidePartySchema).min(2), why: z.string() }),
  ),
  empty: z.string(),
});

const issueSlide = z.object({
  kind: z.literal('issue'),
  ...base,
  issue: z.string(),
  question: z.string(),
  scale: z.object({ zero: z.string(), hundred: z.string() }),
  markers: z.array(slideStripMarkerSchema),
  lanes: z.number().int().min(1),
  /** The chart's words for screen readers and print: who stands where. */
  stripText: z.string(),
  rows: z.array(
    z.object({
      party: slidePartySchema,
      label: z.string(),
      detail: z.string(),
      known: z.boolean(),
      /** The cell's quotes that fit on the slide, in evidence order. */
      quotes: z.array(slideQuoteSchema),
      /** The quotes left off ("+2 more quotes"), with the evidence page that has them all. */
      more: z.object({ text: z.string(), href: z.string() }).optional(),
    }),
  ),
});

const shiftsSlide = z.object({
  kind: z.literal('shifts'),
  ...base,
  rows: z.array(
    z.object({
      party: slidePartySchema,
      issue: z.string(),
      rounds: z.string(),
      move: z.string(),
      towards: z.string(),
    }),
  ),
});

const changesSlide = z.object({
  kind: z.literal('changes'),
  ...base,
  groups: z.array(
    z.object({
      heading: z.string(),
      lines: z.array(z.string()),
      /** Changes of this revision left off the slide (the changes page lists them all). */
      more: z.number().int().min(0),
    }),
  ),
  /** Shown when nothing changed in the range. */
  empty: z.string(),
  /** The changes page for the same range. */
  href: z.string(),
});

const timelineSlide = z.object({
  kind: z.literal('timeline'),
  ...base,
  rows: z.array(z.object({ date: z.string(), title: z.string(), parties: z.array(z.string()) })),
  empty: z.string(),
});

const delegationsSlide = z.object({
  kind: z.literal('delegations'),
  ...base,
  groups: z.array(
    z.object({
      party: slidePartySchema,
      round: z.string(),
      members: z.array(z.object({ name: z.string(), role: z.string() })),
    }),
  ),
});

const demandsSlide = z.object({
  kind: z.literal('demands'),
  ...base,
  rows: z.array(
    z.object({
      party: slidePartySchema,
      issue: z.string(),
      label: z.string(),
      quote: slideQuoteSchema.optional(),
    }),
  ),
  empty: z.string(),
});

const methodSlide = z.object({
  kind: z.literal('method'),
  ...base,
  points: z.array(z.string()),
  sources: z.array(z.object({ title: z.string(), detail: z.string(), url: z.string().optional() })),
  version: z.string(),
});

const redlineSlide = z.object({
  kind: z.literal('redline'),
  ...base,
  /** The old text and the new one (the new usually supersedes the old). */
  a: slidePartySchema,
  b: slidePartySchema,
  /** Lines of each kind: kept, changed, split, merged, dropped, added. */
  counts: z.array(z.object({ label: z.string(), value: z.number().int().min(0) })),
  /** The computed summary, a sentence each. */
  sentences: z.array(z.string()),
  /** The issues both texts name, largest move first: "Share of the outflow: 48 → 58 (+10, …)". */
  moves: z.array(z.object({ issue: z.string(), text: z.string() })),
  /** Issues left off the slide (the redline page has them all). */
  more: z.number().int().min(0),
  /** How the numbers are made, in one line (the speaker notes have it in full). */
  method: z.string(),
  /** The redline page: every clause with its word diff. */
  href: z.string(),
});

const whatItTakesSlide = z.object({
  kind: z.literal('what-it-takes'),
  ...base,
  /** The issues needing the most movement for every range to meet, most first. */
  rows: z.array(
    z.object({
      issue: z.string(),
      /** "25 points in all, meeting at 40". */
      total: z.string(),
      /** The largest moves: "Russia: 15 points down, from 55 to 40". */
      moves: z.array(z.string()),
      /** Moves left off the slide (the issue page lists them all). */
      more: z.number().int().min(0),
      /** "A zone opens if Russia alone moves 25 points.", where one party's move alone would do. */
      holdout: z.string().optional(),
      /** The predicted outcome, where at least two parties with a position have a capability. */
      prediction: z.string().optional(),
    }),
  ),
  /** Under any prediction: a model estimate, not coded data. */
  caveat: z.string(),
  empty: z.string(),
});

/** One slide of a briefing deck; `kind` says which. */
export const slideSchema = z.discriminatedUnion('kind', [
  titleSlide,
  standingsSlide,
  gapsSlide,
  agreementSlide,
  issueSlide,
  shiftsSlide,
  changesSlide,
  timelineSlide,
  delegationsSlide,
  demandsSlide,
  redlineSlide,
  whatItTakesSlide,
  methodSlide,
]);

/** A whole briefing deck: the slides in order, the footer every slide carries and the slide to open on. */
export const deckSchema = z.object({
  title: z.string(),
  slides: z.array(slideSchema).min(1),
  /** "Data as of 19 May 2025 · version 1a2b3c4d · Source: …", on every slide. */
  footer: z.string(),
  /** "Old version r3-… (latest r12-…)" when the deck shows an old version: marked on every slide. */
  stamp: z.string().optional(),
  /** The slide to open on, from 1, clamped to the deck. */
  current: z.number().int().min(1),
  /** Notes for the presenter about the URL (unknown ids dropped, slide out of range). */
  notices: z.array(z.string()),
});

/** One slide. */
export type Slide = z.infer<typeof slideSchema>;
/** Which kind of slide. */
export type SlideKind = Slide['kind'];
/** A slide of one kind. */
export type SlideOf<K extends SlideKind> = Extract<Slide, { kind: K }>;
/** A party as slides draw it. */
export type SlideParty = z.infer<typeof slidePartySchema>;
/** A quote in small print. */
export type SlideQuote = z.infer<typeof slideQuoteSchema>;
/** A strip marker. */
export type SlideStripMarker = z.infer<typeof slideStripMarkerSchema>;
/** A briefing deck. */
export type Deck = z.infer<typeof deckSchema>;
