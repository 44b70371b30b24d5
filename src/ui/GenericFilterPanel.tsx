import { FilterPanelHead } from './FilterPanelHead.tsx';
import { ContextToggle } from './ContextToggle.tsx';
import { useMemo } from 'react';
import { useAnyDocument } from '../app/loadedDocument.ts';
import { graphTypes, TYPE_PALETTE } from '../graph/genericGraph.ts';
import { activeTypes, genericCounts, genericVisibleSet } from '../graph/genericView.ts';
import { setTextQuery, textQuery } from '../state/filterEdits.ts';
import { useView } from '../state/useView.ts';
import { viewFilter } from '../state/view.ts';
import { FacetCheckboxes } from './FacetCheckboxes.tsx';
import { TextFilter } from './TextFilter.tsx';
import { useGenericTypes } from './useGenericTypes.ts';
import './filters.css';
import './import.css';

/**
 * The filters of a generic (foreign) graph: its node types, a text filter over labels, ids and
 * types, and context, with the live count. The claimgraph filters (stance, actor type,
 * speaker, outlet, dates) need statements, which a generic graph does not have.
 */
export function GenericFilterPanel() {
  const doc = useAnyDocument();
  const graph = doc.kind === 'generic' ? doc.graph : undefined;
  const { view, update } = useView();
  const [types, setTypes] = useGenericTypes();
  const filters = view.filters;
  const all = useMemo(() => (graph ? graphTypes(graph).types : []), [graph]);
  // The most frequent types (those with a colour of their own) get a checkbox each.
  const offered = useMemo(() => all.slice(0, TYPE_PALETTE.length), [all]);
  const counts = useMemo(() => {
    if (!graph) return { nodes: 0, edges: 0 };
    return genericCounts(genericVisibleSet(graph, { ...viewFilter(view), types }));
  }, [graph, view, types]);
  const typeCounts = useMemo(() => {
    const out = new Map<string, number>();
    if (!graph) return out;
    const others = { ...viewFilter(view), context: false };
    for (const { type } of offered) {
      const set = genericVisibleSet(graph, { ...others, types: [type] });
      out.set(type, set.nodes.size);
    }
    return out;
  }, [graph, view, offered]);
  if (!graph) return null;
  const kept = activeTypes(graph, types);
  const clearable = filters.length > 0 || view.context || kept.size > 0;

  return (
    <section className="filter-panel" aria-label="Filters" data-testid="filters.panel">
      <FilterPanelHead
        clearable={clearable}
        onClear={() => {
          update({ filters: [], context: false });
          setTypes([]);
        }}
      />
      <p className="visible-counter" role="status" aria-live="polite" data-testid="filters.counts">
        Showing <strong data-testid="filters.counts.nodes">{counts.nodes}</strong> nodes,{' '}
        <strong data-testid="filters.counts.edges">{counts.edges}</strong> links
      </p>
      {offered.length > 0 ? (
        <FacetCheckboxes
          legend="Node type"
          testIdPrefix="filters.type"
          options={offered.map((t) => ({
            value: t.type,
            label: t.type,
            color: t.color,
            count: typeCounts.get(t.type) ?? 0,
          }))}
          selected={[...kept]}
          countNoun="nodes"
          onToggle={(value) =>
            setTypes(kept.has(value) ? [...kept].filter((t) => t !== value) : [...kept, value])
          }
        />
      ) : null}
      {all.length > offered.length ? (
        <p className="filter-note">
          {all.length - offered.length} less frequent types are not listed: find them with the text
          filter.
        </p>
      ) : null}
      <TextFilter
        label="Text in node labels, ids and types"
        value={textQuery(filters)}
        onChange={(query, final) =>
          update({ filters: setTextQuery(filters, query) }, final ? 'push' : 'replace')
        }
      />
      <ContextToggle />
      <p className="filter-note" data-testid="filters.generic-note">
        This is a graph from another tool, without claimgraph’s statements: the stance, actor,
        speaker, outlet and date filters do not apply to it. Focus on a node and shortest paths work
        from the toolbar above the graph.
      </p>
    </section>
  );
}
