import { z } from 'zod';

/** The dossier contract (../shared/spec/dossier.md), schema `triangulate.dossier/1`, as a Zod schema. */
const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).refine(([s, e]) => s <= e, 'a span ends before it starts');
const NullableString = z.string().nullable();

export const DocumentSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  format: z.enum(['text', 'html', 'json']),
  language: NullableString,
  title: NullableString,
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/).nullable(),
  byline: NullableString,
  dateline: z.object({ place: z.string(), month: z.number().int().min(1).max(12).nullable(), day: z.number().int().min(1).max(31).nullable() }).nullable(),
  credit: NullableString,
  /** The publication the record says it comes from (an addition to the contract). */
  outlet: NullableString.optional(),
  truncated: z.boolean(),
  text: z.string(),
  body: z.array(Span),
  bodyText: z.string(),
  comments: z.array(z.object({ span: Span, author: NullableString })),
  removed: z.array(z.object({ span: Span, kind: z.enum(['navigation', 'share', 'related', 'caption', 'ad', 'form', 'credit', 'title-repeat', 'other']) })),
  cites: z.array(z.object({ name: z.string().min(1), entity: NullableString, span: Span, via: z.string().optional() })),
  story: NullableString,
});

/** A claim (the contract's Claim) with its independent origins (an addition to the contract). */
export const ClaimSchema = z.object({
  id: z.string(),
  statement: z.string(),
  status: z.enum(['corroborated', 'contested', 'single-source', 'updated']),
  documents: z.array(z.string()),
  evidence: z.array(z.object({ doc: z.string(), span: Span })),
  for: z.array(z.string()),
  against: z.array(z.string()),
  /** Documents relaying one interview, one cited outlet or one another's text are one origin; `via` names what they relay. */
  origins: z.array(z.object({ via: NullableString, documents: z.array(z.string()).min(1) })),
});

/** `direction` (an addition to the contract) says what decided which document is `from`; `unknown`: nothing did, and the two are in the order of their ids. */
const RelationSchema = z.object({
  type: z.enum(['copy', 'translation', 'shared-text', 'cites']),
  from: z.string().min(1),
  to: z.string().min(1),
  score: z.number(),
  direction: z.enum(['repost', 'credit', 'named-source', 'date', 'unknown']).optional(),
  evidence: z.array(z.object({ from: Span, to: Span })),
});

export const DossierSchema = z.object({
  schema: z.literal('triangulate.dossier/1'),
  generatedAt: z.string().datetime(),
  documents: z.array(DocumentSchema),
  entities: z.array(z.unknown()),
  quotes: z.array(z.unknown()),
  quantities: z.array(z.unknown()),
  dates: z.array(z.unknown()),
  stories: z.array(z.object({ id: z.string(), title: z.string(), documents: z.array(z.string()) })),
  relations: z.array(RelationSchema),
  claims: z.array(ClaimSchema),
  timeline: z.array(z.unknown()),
  /** Per actor and document: descriptors, speech verbs and hedges (an addition to the contract). */
  framing: z.array(z.object({ entity: z.string(), doc: z.string(), descriptors: z.array(z.unknown()), verbs: z.array(z.unknown()), hedges: z.array(z.unknown()) })),
  errors: z.array(z.object({ source: z.string(), line: z.number().int().nullable(), message: z.string().min(1) })),
});

export type DossierDocument = z.infer<typeof DocumentSchema>;
export type Dossier = z.infer<typeof DossierSchema>;
