import { FILTER_USAGE } from './filter-flags.ts';

export const USAGE = `usage: claimgraph <command> [options]

commands:
  validate [PATH...]          validate documents (a document folder or a graph.json);
                              with no PATH, every document under graph-data/documents.
                              Exit 0 when valid, 1 with one line per problem.
  stats [--doc ID] [--json] [FILTERS]
                              counts of nodes by kind and actor type, statements by
                              stance, contested claims (default document: the first),
                              of the filtered view when filter flags are given.
  help                        this message

${FILTER_USAGE}

Exit codes: 0 ok, 1 the input has problems, 2 a wrong command or flag.`;
