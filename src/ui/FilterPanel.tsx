import { FilterPanelHead } from './FilterPanelHead.tsx';
import { ContextToggle } from './ContextToggle.tsx';
import { useCallback, useDeferredValue, useMemo, useRef } from 'react';
import { useLoadedDocument } from '../app/loadedDocument.ts';
import { documentSpan } from '../model/dates.ts';
import { ACTOR_TYPES, STANCES } from '../model/vocabulary.ts';
import { ACTOR_TYPE_COLORS, STANCE_COLORS } from '../graph/palette.ts';
import {
  dateBounds,
  isContestedOn,
  listValues,
  setContested,
  setDateBounds,
  setListValues,
  setTextQuery,
  textQuery,
  toggleListValue,
} from '../state/filterEdits.ts';
import { useView } from '../state/useView.ts';
import { viewFilter } from '../state/view.ts';
import { DateRangeFilter } from './DateRangeFilter.tsx';
import { FacetCheckboxes } from './FacetCheckboxes.tsx';
import { FilterPresets } from './FilterPresets.tsx';
import { IdPicker } from './IdPicker.tsx';
import { TextFilter } from './TextFilter.tsx';
import { VisibleCounter } from './VisibleCounter.tsx';
import { outletOptions, speakerOptions } from './filterOptions.ts';
import { useFacetCounts } from './useFacetCounts.ts';
import './filters.css';

/**
 * The filter panel: presets, stance and actor-type choices with the counts they would show,
 * speaker and outlet pickers, a date range, a text filter, context, clear-all and a live count.
 * Every control writes the URL (one history entry per change), so back/forward and links work.
 */
export function FilterPanel() {
  const doc = useLoadedDocument();
  const { view, update } = useView();
  const filters = view.filters;
  // The counts follow the filters a moment later, in a render of their own: a filter's own
  // frame is the graph's (issue 7). Keyed by the serialised filters, not the whole view, so
  // that a selection does not count again.
  const filterKey = useDeferredValue(JSON.stringify(viewFilter(view)));
  const { counts, stale } = useFacetCounts(doc.graph, filterKey);
  const speakers = useMemo(() => speakerOptions(doc.graph), [doc.graph]);
  const outlets = useMemo(() => outletOptions(doc.graph), [doc.graph]);
  const span = useMemo(() => documentSpan(doc.graph), [doc.graph]);
  const setFilters = (next: typeof filters, mode: 'push' | 'replace' = 'push') =>
    update({ filters: next }, mode);
  // The pickers' handlers stay the same from render to render (IdPicker renders again only
  // when its own props change) and read the filters of the latest render.
  const latest = useRef({ filters, update });
  latest.current = { filters, update };
  const pick = useCallback(
    (kind: 'speaker' | 'via') => (values: string[]) =>
      latest.current.update(
        { filters: setListValues(latest.current.filters, kind, values) },
        'push',
      ),
    [],
  );
  const onSpeakers = useMemo(() => pick('speaker'), [pick]);
  const onOutlets = useMemo(() => pick('via'), [pick]);

  return (
    <section className="filter-panel" aria-label="Filters" data-testid="filters.panel">
      <FilterPanelHead
        clearable={filters.length > 0 || view.context}
        onClear={() => update({ filters: [], context: false })}
      />
      <VisibleCounter />
      <FilterPresets filters={filters} onChange={(next) => setFilters(next)} />
      <FacetCheckboxes
        legend="Stance"
        testIdPrefix="filters.stance"
        options={STANCES.map((s) => ({
          value: s,
          label: s,
          color: STANCE_COLORS[s],
          count: counts?.stance[s],
        }))}
        selected={listValues(filters, 'stance')}
        countNoun="statements"
        stale={stale}
        onToggle={(value) => setFilters(toggleListValue(filters, 'stance', value))}
      />
      <label className="filter-check">
        <input
          type="checkbox"
          data-testid="filters.contested"
          checked={isContestedOn(filters)}
          onChange={(e) => setFilters(setContested(filters, e.target.checked))}
        />
        Only contested claims
      </label>
      <FacetCheckboxes
        legend="Actor type"
        testIdPrefix="filters.actorType"
        options={ACTOR_TYPES.map((t) => ({
          value: t,
          label: t,
          color: ACTOR_TYPE_COLORS[t],
          count: counts?.actorType[t],
        })).filter((o) => (o.count ?? 0) > 0 || listValues(filters, 'actorType').includes(o.value))}
        selected={listValues(filters, 'actorType')}
        countNoun="actors"
        stale={stale}
        onToggle={(value) => setFilters(toggleListValue(filters, 'actorType', value))}
      />
      <IdPicker
        legend="Speaker"
        testIdPrefix="filters.speaker"
        options={speakers}
        selected={listValues(filters, 'speaker')}
        onChange={onSpeakers}
      />
      <IdPicker
        legend="Outlet"
        testIdPrefix="filters.via"
        options={outlets}
        selected={listValues(filters, 'via')}
        onChange={onOutlets}
      />
      <DateRangeFilter
        span={span}
        graph={doc.graph}
        bounds={dateBounds(filters)}
        onChange={(bounds) => setFilters(setDateBounds(filters, bounds))}
      />
      <TextFilter
        value={textQuery(filters)}
        onChange={(query, final) =>
          setFilters(setTextQuery(filters, query), final ? 'push' : 'replace')
        }
      />
      <ContextToggle />
    </section>
  );
}
