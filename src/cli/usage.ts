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
  export --format FORMAT [--doc ID] [FILTERS | --select ID,...] [--context]
         [--out PATH] [--no-positions]
                              the filtered view (or the selected elements, with
                              --context their 1-hop neighbours) as json, gexf,
                              gexf13, graphml, jgf, cyjs, csv or md; to stdout, or
                              to PATH (csv: nodes.csv and edges.csv in folder PATH).
  import PATH [--json]        detect a graph file's format and print its counts, or
                              its errors (claimgraph json, gexf, graphml, jgf, cyjs).
  help                        this message

${FILTER_USAGE}

Exit codes: 0 ok, 1 the input has problems, 2 a wrong command or flag.`;
