import { memo, useId, useState } from 'react';
import type { IdOption } from './filterOptions.ts';
import { pickerRows } from './pickerRows.ts';

export interface IdPickerProps {
  legend: string;
  testIdPrefix: string;
  options: readonly IdOption[];
  selected: readonly string[];
  onChange(values: string[]): void;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Renders again only when its own props change (`selected` compared by content): a corpus
 * has thousands of speakers, and re-rendering their checkboxes on every filter change was
 * ~25 ms of a 10k filter (issue 7). `onChange` must therefore be stable.
 */
const sameProps = (a: IdPickerProps, b: IdPickerProps) =>
  a.legend === b.legend &&
  a.testIdPrefix === b.testIdPrefix &&
  a.options === b.options &&
  a.onChange === b.onChange &&
  sameList(a.selected, b.selected);

/**
 * A multi-choice list of actors with a narrowing box; chosen ones stay on top, and a long list
 * shows its most frequent options until it is narrowed (pickerRows.ts).
 */
export const IdPicker = memo(function IdPicker({
  legend,
  testIdPrefix,
  options,
  selected,
  onChange,
}: IdPickerProps) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const { rows, more } = pickerRows(options, selected, query);
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((v) => v !== id) : [...selected, id]);
  return (
    <fieldset className="filter-group id-picker" data-testid={testIdPrefix}>
      <legend>
        {legend}
        {selected.length > 0 && <span className="picked-count"> ({selected.length} chosen)</span>}
      </legend>
      {options.length > 6 && (
        <>
          <label className="visually-hidden" htmlFor={inputId}>
            Narrow the {legend.toLowerCase()} list
          </label>
          <input
            id={inputId}
            type="search"
            className="picker-search"
            placeholder={`Find a ${legend.toLowerCase()}…`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid={`${testIdPrefix}.search`}
          />
        </>
      )}
      <div className="picker-list">
        {rows.map((option) => (
          <label key={option.id} className="filter-check">
            <input
              type="checkbox"
              checked={selected.includes(option.id)}
              onChange={() => toggle(option.id)}
              data-testid={`${testIdPrefix}.option.${option.id}`}
            />
            <span className="facet-label">{option.label}</span>
            <span className="facet-count">{option.count}</span>
          </label>
        ))}
        {rows.length === 0 && <p className="picker-empty">None match.</p>}
        {more > 0 && (
          <p className="picker-more" data-testid={`${testIdPrefix}.more`}>
            {more} more: type to narrow the list.
          </p>
        )}
      </div>
    </fieldset>
  );
}, sameProps);
