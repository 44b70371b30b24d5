export interface FacetOption {
  value: string;
  label: string;
  color: string;
  /** Undefined while the first counts are being computed. */
  count: number | undefined;
}

export interface FacetCheckboxesProps {
  legend: string;
  testIdPrefix: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  /** What the counts count, for screen readers ("statements", "actors"). */
  countNoun: string;
  /** The counts are those of the previous filters: new ones are on their way. */
  stale?: boolean;
  onToggle(value: string): void;
}

/** A group of checkboxes, each with its colour and the count it would show. */
export function FacetCheckboxes({
  legend,
  testIdPrefix,
  options,
  selected,
  countNoun,
  stale = false,
  onToggle,
}: FacetCheckboxesProps) {
  return (
    <fieldset className="filter-group" aria-busy={stale} data-stale={stale || undefined}>
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
            {option.count !== undefined && (
              <>
                {option.count}
                <span className="visually-hidden"> {countNoun}</span>
              </>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
