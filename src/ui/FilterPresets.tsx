import type { FilterDescriptor, PresetName } from '../model/filters.ts';
import { isPresetActive, presetFilters } from '../state/filterEdits.ts';

const PRESET_LABELS: Record<PresetName, string> = {
  allegations: 'Allegations',
  denials: 'Denials',
  contested: 'Contested',
};

export interface FilterPresetsProps {
  filters: readonly FilterDescriptor[];
  onChange(filters: FilterDescriptor[]): void;
}

/** One-click views: pressing an active preset again clears it. */
export function FilterPresets({ filters, onChange }: FilterPresetsProps) {
  return (
    <div className="filter-presets" role="group" aria-label="Presets">
      {(Object.keys(PRESET_LABELS) as PresetName[]).map((name) => {
        const active = isPresetActive(filters, name);
        return (
          <button
            key={name}
            type="button"
            className="preset-button"
            aria-pressed={active}
            data-testid={`filters.preset.${name}`}
            onClick={() => onChange(active ? [] : presetFilters(name))}
          >
            {PRESET_LABELS[name]}
          </button>
        );
      })}
    </div>
  );
}
