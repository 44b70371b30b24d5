import { useRef } from 'react';
import './import.css';

/** What the file picker offers: the formats the importer reads. */
export const IMPORT_ACCEPT = '.json,.gexf,.graphml,.xml,.cyjs,.jgf';

export interface ImportButtonProps {
  /** The file being imported, if any (the button waits for it). */
  busy: string | null;
  onFile(file: File): void;
}

/** "Import…": opens a graph file (claimgraph JSON, GEXF, GraphML, JGF, Cytoscape JSON). */
export function ImportButton({ busy, onFile }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="import-button">
      <button
        type="button"
        className="import-open"
        data-testid="import.open"
        disabled={busy !== null}
        title="Open a graph file: claimgraph JSON, GEXF, GraphML, JSON Graph Format or Cytoscape JSON (or drop it on the window)"
        onClick={() => input.current?.click()}
      >
        Import graph…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={IMPORT_ACCEPT}
        data-testid="import.file"
        aria-label="Graph file to import"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Clear it, so that choosing the same file again imports it again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      {busy !== null ? (
        <span className="import-busy" role="status" data-testid="import.busy">
          Importing “{busy}”…
        </span>
      ) : null}
    </div>
  );
}
