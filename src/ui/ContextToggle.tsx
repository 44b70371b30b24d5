import { useView } from '../state/useView.ts';

/** The "show context" choice of both filter panels: the one-hop neighbours, dimmed. */
export function ContextToggle() {
  const { view, update } = useView();
  return (
    <label className="filter-check">
      <input
        type="checkbox"
        data-testid="filters.context"
        checked={view.context}
        onChange={(e) => update({ context: e.target.checked })}
      />
      Show context (1-hop neighbours, dimmed)
    </label>
  );
}
