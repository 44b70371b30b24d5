/**
 * The filter flags of `stats` and `export`: the same descriptors and names as the URL
 * (src/model/filter-codec.ts). The CLI is strict where the URL is forgiving: a malformed
 * value, or an id that is not in the document, is a usage error naming the flag.
 */
import {
  CLI_FILTER_OPTIONS,
  CLI_FLAG_NAMES,
  decodeFilters,
  paramsFromCliFlags,
  type FilterParam,
} from '../model/filter-codec.ts';
import type { ClaimGraph } from '../model/build.ts';
import type { ViewFilter } from '../model/filters.ts';
import { UsageError } from './io.ts';

export { CLI_FILTER_OPTIONS };

export const FILTER_USAGE = `filter flags (the URL's parameters; AND across flags, OR within a list):
  --stance LIST        allegation,denial,assertion,condemnation,assessment,rebuttal,evasion
  --contested          only contested claims, with both sides
  --actor-type LIST    person,organization,company,government,state,media,international,research,group
  --speaker IDS        statements by these actors
  --via IDS            statements that came through these outlets
  --from DATE --to DATE  partial ISO dates (2023, 2023-07, 2023-09-13)
  --text STR           label, alias, cue or quote contains STR
  --focus ID --depth N   within N (1-3) hops of a node`;

type Values = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** Reads the filter flags; throws a UsageError naming the first bad flag. */
export function readFilterFlags(values: Values, graph: ClaimGraph): ViewFilter {
  const params = paramsFromCliFlags(values);
  const { view, problems } = decodeFilters(params);
  const first = problems[0];
  if (first) {
    throw new UsageError(
      `--${CLI_FLAG_NAMES[first.param]}: ${first.message} (got ${JSON.stringify(first.value)})`,
    );
  }
  const idParams: FilterParam[] = ['speaker', 'via', 'focus'];
  for (const param of idParams) {
    for (const id of params[param]?.split(',') ?? []) {
      if (id !== '' && !graph.hasNode(id)) {
        throw new UsageError(`--${CLI_FLAG_NAMES[param]}: no node "${id}" in this document`);
      }
    }
  }
  return view;
}
