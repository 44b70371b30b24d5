/** A tiny hand-made document for the graph adapter's unit tests. */
import type { DocumentGraph, Span } from '../model/schema.ts';

const span = (exact: string): Span[] => [{ start: 0, end: exact.length, exact }];

export const tinyDocument = (): DocumentGraph => ({
  schemaVersion: 1,
  document: {
    id: 'tiny',
    title: 'Tiny',
    publisher: 'Test Press',
    publishedAt: '2023-09-13',
    language: 'en',
    textFile: 'article.txt',
    textSha256: '0'.repeat(64),
  },
  nodes: [
    { id: 'alice', kind: 'actor', actorType: 'person', label: 'Alice', mentions: span('Alice') },
    {
      id: 'officials',
      kind: 'actor',
      actorType: 'group',
      anonymous: true,
      label: 'US officials',
      mentions: span('officials'),
    },
    { id: 'wire', kind: 'actor', actorType: 'media', label: 'Wire', mentions: span('Wire') },
    { id: 'paper', kind: 'actor', actorType: 'media', label: 'Paper', mentions: span('Paper') },
    {
      id: 'talks',
      kind: 'event',
      eventType: 'meeting',
      date: '2023-09-13',
      label: 'The talks',
      mentions: span('talks'),
    },
    { id: 'deal', kind: 'claim', label: 'Alice made a deal', mentions: span('deal') },
  ],
  edges: [
    {
      id: 'officials-allege-deal',
      kind: 'statement',
      source: 'officials',
      target: 'deal',
      stance: 'allegation',
      cue: 'said',
      via: ['wire', 'paper'],
      quote: 'indirect',
      evidence: span('said'),
    },
    {
      id: 'alice-denies-deal',
      kind: 'statement',
      source: 'alice',
      target: 'deal',
      stance: 'denial',
      cue: 'denied',
      via: [],
      quote: 'direct',
      evidence: span('denied'),
    },
    {
      id: 'deal-about-alice',
      kind: 'about',
      source: 'deal',
      target: 'alice',
      role: 'accused',
      evidence: span('deal'),
    },
    {
      id: 'alice-at-talks',
      kind: 'participant',
      source: 'alice',
      target: 'talks',
      role: 'host',
      evidence: span('talks'),
    },
  ],
});
