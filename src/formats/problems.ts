/**
 * Sorting validateDocument's problems for imports: a graph that comes back from another
 * tool, or a subgraph, may fail an editor's check (a claim left without its statement, an
 * outlet outside the subgraph, an end date before its start) and still be a sound
 * claimgraph graph. Those become warnings; everything else (schema, ids, endpoints,
 * spans) is an error.
 */
import type { Problem } from '../model/validate.ts';

export type ProblemClass = 'no-text' | 'editorial' | 'error';

export function classifyProblem(p: Problem): ProblemClass {
  if (p.path === 'document.textFile' && /could not be read/.test(p.message)) return 'no-text';
  if (/does not appear in the statement's evidence/.test(p.message)) return 'editorial';
  if (/is not named in the statement's evidence/.test(p.message)) return 'editorial';
  if (/has no statement: every claim needs a speaker/.test(p.message)) return 'editorial';
  if (/^endDate .* is before date /.test(p.message)) return 'editorial';
  if (/\.via\[\d+\]$/.test(p.path) && /is not a node of this document/.test(p.message))
    return 'editorial';
  return 'error';
}
