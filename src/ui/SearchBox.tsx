import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAnyDocument } from '../app/loadedDocument.ts';
import {
  buildGenericSearchIndex,
  type GenericSearchField,
  type GenericSearchResult,
} from '../graph/genericSearch.ts';
import {
  buildSearchIndex,
  type SearchField,
  type SearchResult as ModelResult,
} from '../model/search.ts';
import { useViewUpdate } from '../state/useView.ts';
import { scrollWithin } from './scrollWithin.ts';
import './panels.css';

/** Most results the list shows. */
const LIMIT = 12;

/** A result of either search: a claimgraph document's (model/search.ts) or a generic graph's. */
type SearchResult = ModelResult | GenericSearchResult;

const KIND_LABELS: Record<SearchResult['kind'], string> = {
  generic: 'Node',
  actor: 'Actor',
  event: 'Event',
  claim: 'Claim',
  statement: 'Statement',
};

const FIELD_LABELS: Record<SearchField | GenericSearchField, string> = {
  id: 'id',
  type: 'type',
  label: 'name',
  alias: 'also called',
  claim: 'claim',
  quote: 'quote',
  cue: 'cue',
  description: 'description',
};

/** The snippet with its match marked (as React text: never HTML). */
function Snippet({ result }: { result: SearchResult }) {
  const { snippet, match } = result;
  return (
    <>
      {snippet.slice(0, match.start)}
      <mark>{snippet.slice(match.start, match.end)}</mark>
      {snippet.slice(match.end)}
    </>
  );
}

/** Whether the match lies in the label itself, shown whole. */
const matchesLabel = (result: SearchResult): boolean =>
  (result.field === 'label' || result.field === 'claim') && result.snippet === result.label;

/**
 * Type-ahead search over labels, aliases, claims and quotes (the ARIA combobox pattern):
 * arrow keys move through the results, Enter selects, Esc closes; choosing a result selects
 * the element, and the canvas centres it.
 */
export function SearchBox() {
  const doc = useAnyDocument();
  const update = useViewUpdate();
  const index = useMemo<{ search(query: string, limit?: number): SearchResult[] }>(
    () =>
      doc.kind === 'generic' ? buildGenericSearchIndex(doc.graph) : buildSearchIndex(doc.graph),
    [doc],
  );
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  const results = useMemo(() => index.search(query, LIMIT), [index, query]);
  const expanded = open && query.trim() !== '';
  const activeIndex = Math.min(active, results.length - 1);

  useEffect(() => {
    if (!expanded) return;
    const list = listRef.current;
    const option = list?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (list && option) scrollWithin(list, option, 'nearest', 'auto');
  }, [expanded, activeIndex]);

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    update({ sel: result.id });
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) setOpen(true);
        else if (results.length > 0) setActive((activeIndex + 1) % results.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) setOpen(true);
        else if (results.length > 0) setActive((activeIndex - 1 + results.length) % results.length);
        break;
      case 'Home':
      case 'End':
        if (expanded && results.length > 0 && event.altKey) {
          event.preventDefault();
          setActive(event.key === 'Home' ? 0 : results.length - 1);
        }
        break;
      case 'Enter':
        if (expanded && activeIndex >= 0) {
          event.preventDefault();
          choose(results[activeIndex]);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (expanded) setOpen(false);
        else setQuery('');
        break;
    }
  };

  return (
    <div className="search-box" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        Search the document
      </label>
      <input
        id={`${listId}-input`}
        className="search-input"
        type="search"
        role="combobox"
        placeholder={
          doc.kind === 'generic'
            ? 'Search node labels, ids, types…'
            : 'Search names, claims, quotes…'
        }
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        data-testid="search.input"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        ref={listRef}
        id={listId}
        className="search-results"
        role="listbox"
        aria-label="Search results"
        data-testid="search.results"
        hidden={!expanded}
      >
        {expanded && results.length === 0 && (
          <li className="search-empty" role="presentation" data-testid="search.empty">
            Nothing matches “{query.trim()}”.
          </li>
        )}
        {expanded &&
          results.map((result, i) => (
            <li
              key={`${result.elementKind}:${result.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className="search-result"
              data-testid={`search.result.${result.id}`}
              // Keep the focus in the input: a click must not blur it before it lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(result)}
              onMouseMove={() => i !== activeIndex && setActive(i)}
            >
              <span className="search-result-head">
                <span className={`search-kind search-kind-${result.kind}`}>
                  {KIND_LABELS[result.kind]}
                </span>
                <span className="search-label">
                  {matchesLabel(result) ? <Snippet result={result} /> : result.label}
                </span>
              </span>
              {!matchesLabel(result) && (
                <span className="search-snippet">
                  <span className="search-field">{FIELD_LABELS[result.field]}: </span>
                  <Snippet result={result} />
                </span>
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}
