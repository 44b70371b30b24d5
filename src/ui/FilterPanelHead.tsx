/** The heading of both filter panels, with their "Clear all" button. */
export function FilterPanelHead({
  clearable,
  onClear,
}: {
  clearable: boolean;
  onClear: () => void;
}) {
  return (
    <div className="filter-head">
      <h2 className="sidebar-title">Filters</h2>
      <button
        type="button"
        className="link-button"
        data-testid="filters.clear"
        disabled={!clearable}
        onClick={onClear}
      >
        Clear all
      </button>
    </div>
  );
}
