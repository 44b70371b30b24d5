export interface FacetOption {
  value: string;
  label: string;
  color: string;
  count: number;
}

export interface FacetCheckboxesProps {
  legend: string;
  testIdPrefix: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  /** What the counts count, for screen readers ("statements", "actors"). */
  countNoun: string;
  onToggle(value: string): void;
}

/** A group of checkboxes, each with its colour and the count it would show. */
export function FacetCheckboxes({
  legend,
  testIdPrefix,
  options,
  selected,
  countNoun,
  onToggle,
}: FacetCheckboxesProps) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="filter-check facet">
          <input
            type="checkbox"
            data-testid={`${testIdPrefix}.${option.value}`}
            checked={selected.includes(option.value)}
            onChange={() => onToggle(option.value)}
          />
          <span className="swatch" style={{ background: option.color }} aria-hidden="true" />
          <span className="facet-label">{option.label}</span>
          <span className="facet-count" data-testid={`${testIdPrefix}.${option.value}.count`}>
            {option.count}
            <span className="visually-hidden"> {countNoun}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
