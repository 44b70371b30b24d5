/**
 * The model's vocabulary: the enumerations and rules of DESIGN.md §1 as plain constants,
 * without zod, so the browser's first screen can use them without loading the schema
 * library (schema.ts builds the zod schema from these and re-exports them).
 */

export const SCHEMA_VERSION = 1 as const;

/** Node ids are slugs: lower-case ASCII letters, digits and hyphens, starting with a letter or digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const ACTOR_TYPES = [
  'person',
  'organization',
  'company',
  'government',
  'state',
  'media',
  'international',
  'research',
  'group',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** Supporting stances first, opposing next, neutral last (see isSupporting / isOpposing). */
export const STANCES = [
  'allegation',
  'assertion',
  'condemnation',
  'denial',
  'rebuttal',
  'assessment',
  'evasion',
] as const;
export type Stance = (typeof STANCES)[number];

export const SUPPORTING_STANCES: readonly Stance[] = ['allegation', 'assertion', 'condemnation'];
export const OPPOSING_STANCES: readonly Stance[] = ['denial', 'rebuttal'];

export const QUOTE_KINDS = ['direct', 'indirect', 'mixed'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const NODE_KINDS = ['actor', 'event', 'claim'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export const EDGE_KINDS = ['statement', 'about', 'participant', 'affiliation'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** The endpoint kinds each stored edge kind allows (DESIGN.md §1). */
export const EDGE_ENDPOINTS: Record<
  EdgeKind,
  { source: readonly NodeKind[]; target: readonly NodeKind[] }
> = {
  statement: { source: ['actor'], target: ['claim'] },
  about: { source: ['claim'], target: ['actor', 'event'] },
  participant: { source: ['actor'], target: ['event'] },
  affiliation: { source: ['actor'], target: ['actor'] },
};

export const isSupporting = (s: Stance): boolean => SUPPORTING_STANCES.includes(s);
export const isOpposing = (s: Stance): boolean => OPPOSING_STANCES.includes(s);
