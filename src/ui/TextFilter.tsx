import { useEffect, useId, useState } from 'react';

export interface TextFilterProps {
  value: string;
  /** What the box searches (default: the fields of claimgraph documents). */
  label?: string;
  /** `final` is true on Enter or leaving the box: that change gets its own history entry. */
  onChange(query: string, final: boolean): void;
}

/** Keeps what is typed locally and writes the URL as it goes, without a history entry per key. */
export function TextFilter({
  value,
  label = 'Text in labels, aliases, cues and quotes',
  onChange,
}: TextFilterProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <div className="filter-group">
      <label htmlFor={id} className="filter-label">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={draft}
        data-testid="filters.text"
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(e.target.value, false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange(draft, true);
        }}
      />
    </div>
  );
}
