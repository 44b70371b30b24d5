import { useViewSelector, useViewUpdate, type ParsedView } from '../state/useView.ts';

const contextOf = ({ view }: ParsedView) => view.context;

/** The "show context" choice of both filter panels: the one-hop neighbours, dimmed. */
export function ContextToggle() {
  const context = useViewSelector(contextOf);
  const update = useViewUpdate();
  return (
    <label className="filter-check">
      <input
        type="checkbox"
        data-testid="filters.context"
        checked={context}
        onChange={(e) => update({ context: e.target.checked })}
      />
      Show context (1-hop neighbours, dimmed)
    </label>
  );
}
