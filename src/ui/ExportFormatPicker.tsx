import { EXPORT_FORMATS, type ExportFormatId } from './exportView.ts';

export interface ExportFormatPickerProps {
  value: ExportFormatId;
  onChange(format: ExportFormatId): void;
  /** A name for the radio group, unique in the page. */
  name: string;
}

const GROUPS = [
  { title: 'Graph data', image: false },
  { title: 'Picture of the canvas', image: true },
] as const;

/** The export formats as one radio group (arrow keys move between them), data then pictures. */
export function ExportFormatPicker({ value, onChange, name }: ExportFormatPickerProps) {
  return (
    <fieldset className="export-fieldset">
      <legend>Format</legend>
      {GROUPS.map((group) => (
        <div key={group.title} className="export-format-group">
          <span className="export-group-title" aria-hidden="true">
            {group.title}
          </span>
          <div className="export-formats">
            {EXPORT_FORMATS.filter((f) => f.image === group.image).map((f) => (
              <label key={f.id} className="export-format">
                <input
                  type="radio"
                  name={name}
                  value={f.id}
                  checked={value === f.id}
                  onChange={() => onChange(f.id)}
                  data-testid={`export.format.${f.id}`}
                />
                <span className="export-format-text">
                  <span className="export-format-label">{f.label}</span>
                  <span className="export-format-hint">{f.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
