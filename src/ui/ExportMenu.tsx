import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import {
  useAnyDocument,
  type AnyLoadedDocument,
  type GenericDocument,
} from '../app/loadedDocument.ts';
import { exportJob } from '../formats/exportJob.ts';
import type { ExportOptions, ImportedGraph } from '../formats/types.ts';
import { activeGraphView } from '../graph/visible.ts';
import type { ClaimGraph } from '../model/build.ts';
import { useView } from '../state/useView.ts';
import { viewFilter } from '../state/view.ts';
import { downloadFile } from './downloadFile.ts';
import { exportInWorker, WorkerUnavailable } from './exportInWorker.ts';
import { elementName } from './elementLabel.ts';
import { ExportFormatPicker } from './ExportFormatPicker.tsx';
import { ExportScopePicker } from './ExportScopePicker.tsx';
import {
  byOriginalId,
  countElements,
  countGraph,
  describeCounts,
  exportBaseName,
  exportErrorMessage,
  exportFileName,
  exportFormat,
  exportPart,
  exportProblem,
  genericExportPart,
  isImageFormat,
  type ExportFormatId,
  type ExportRequest,
  type ExportScope,
} from './exportView.ts';
import { useGenericTypes } from './useGenericTypes.ts';
import './export-menu.css';

/** Room between the button and the menu, in CSS pixels. */
const GAP = 6;

/** The subgraph an export request writes, from either kind of document. */
const partOf = (doc: AnyLoadedDocument, request: ExportRequest): ImportedGraph =>
  doc.kind === 'generic'
    ? genericExportPart(genericSource(doc), request)
    : exportPart(doc.graph, request);

const genericSource = (doc: GenericDocument) => ({
  graph: doc.graph,
  imported: doc.imported.graph,
  originalIds: doc.originalIds,
});

/** What the exporters need to know besides the graph: document, text, the canvas as drawn. */
function exportOptions(doc: AnyLoadedDocument): ExportOptions {
  const canvas = activeGraphView();
  const positions = canvas?.positions();
  const colors = canvas?.nodeColors();
  if (doc.kind === 'generic') {
    return {
      documentId: doc.id,
      title: doc.title,
      positions: byOriginalId(positions, doc.originalIds),
      colors: byOriginalId(colors, doc.originalIds),
    };
  }
  return {
    documentId: doc.id,
    document: doc.payload.graph.document,
    text: doc.text,
    positions,
    colors,
  };
}

/**
 * The file for a graph format, written in a worker (exportInWorker.ts) so that the tab stays
 * responsive; where no worker can run, here, with the exporters loaded now, not with the app.
 */
async function dataFile(
  doc: AnyLoadedDocument,
  part: ImportedGraph,
  request: ExportRequest,
  format: Exclude<ExportFormatId, 'png' | 'svg'>,
  signal: AbortSignal,
): Promise<Blob> {
  const options = exportOptions(doc);
  const baseName = exportBaseName(doc.id, request);
  try {
    return await exportInWorker(exportJob(part, format, options, baseName), signal);
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
  }
  const [{ exportGraph }, { exportBlob }] = await Promise.all([
    import('../formats/index.ts'),
    import('./exportBlob.ts'),
  ]);
  return exportBlob(format, exportGraph(part, format, options, baseName));
}

/** The selected element's kind and label, for the scope choice. */
function describeElement(
  doc: AnyLoadedDocument,
  id: string,
): { kindLabel: string; label: string } | undefined {
  if (doc.kind !== 'generic') return elementName(doc.graph, id);
  const { graph } = doc;
  if (graph.hasNode(id)) return { kindLabel: 'Node', label: graph.getNodeAttribute(id, 'label') };
  if (!graph.hasEdge(id)) return undefined;
  const edge = graph.getEdgeAttributes(id);
  const ends = `${graph.getNodeAttribute(graph.source(id), 'label')} → ${graph.getNodeAttribute(graph.target(id), 'label')}`;
  return { kindLabel: 'Edge', label: edge.label ? `${edge.label}: ${ends}` : ends };
}

/** A picture of the canvas as drawn: PNG at 2×, SVG at 1×, both on white. */
async function imageFile(format: 'png' | 'svg'): Promise<Blob> {
  const canvas = activeGraphView();
  if (!canvas) throw new Error('the graph is not drawn yet');
  if (format === 'png') return canvas.png({ scale: 2, background: '#ffffff' });
  const svg = await canvas.svg({ scale: 1, background: '#ffffff' });
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * The Export menu of the document header: a button that opens a dialog to choose what to
 * export (the current view or the selection, with or without their 1-hop context) and the
 * format, shows what will be written, and downloads it. The dialog is modal (focus stays in
 * it, Esc or a click outside closes it and focus returns to the button). Errors are shown
 * in the dialog; exporting never changes the view.
 */
export function ExportMenu() {
  const doc = useAnyDocument();
  const generic = doc.kind === 'generic';
  const { view } = useView();
  const [types] = useGenericTypes();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<ExportScope>('view');
  const [context, setContext] = useState(false);
  const [format, setFormat] = useState<ExportFormatId>('gexf');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  /** The export being written: closing the menu cancels it (exportInWorker.ts). */
  const running = useRef<AbortController | null>(null);

  const graph = doc.graph as ClaimGraph;
  const selection =
    view.sel !== undefined && (graph.hasNode(view.sel) || graph.hasEdge(view.sel))
      ? view.sel
      : undefined;
  const image = isImageFormat(format);
  const filters = viewFilter(view).filters;
  const filterKey = JSON.stringify(filters);
  const typeKey = generic ? JSON.stringify(types) : '';
  const originalIds = generic ? doc.originalIds : undefined;
  const request = useMemo<ExportRequest>(
    () => ({
      scope: scope === 'selection' && selection !== undefined ? 'selection' : 'view',
      filters: JSON.parse(filterKey) as ExportRequest['filters'],
      selection,
      selectionId: selection !== undefined ? originalIds?.get(selection) : undefined,
      types: typeKey === '' ? undefined : (JSON.parse(typeKey) as string[]),
      context,
    }),
    [scope, selection, filterKey, typeKey, originalIds, context],
  );
  // Computed only while the menu is open: the subgraph the file will hold.
  const part = useMemo(
    () => (open && !image ? partOf(doc, request) : null),
    [open, image, doc, request],
  );
  // Pictures hold what the canvas shows now (read when the menu opens or the format changes).
  const shown = useMemo(() => {
    if (!open || !image) return null;
    const visible = activeGraphView()?.visibleElements() ?? { nodes: [], edges: [] };
    return countElements(graph, visible.nodes, visible.edges);
  }, [open, image, graph]);
  const counts = part ? countGraph(part) : (shown ?? { nodes: 0, edges: 0, statements: 0 });
  const problem = open ? exportProblem(format, request.scope, counts) : undefined;
  const message = error ?? problem;
  const fileName = exportFileName(doc.id, request, format);
  const selectionName = selection !== undefined ? describeElement(doc, selection) : undefined;

  const show = () => {
    const el = dialog.current;
    const anchor = button.current;
    if (!el || !anchor || el.open) return;
    setScope(selection !== undefined && scope === 'selection' ? 'selection' : 'view');
    setContext(view.context);
    setError(null);
    setStatus('');
    const box = anchor.getBoundingClientRect();
    const top = Math.round(box.bottom + GAP);
    el.style.top = `${top}px`;
    el.style.maxHeight = `${Math.max(240, window.innerHeight - top - 8)}px`;
    el.style.right = `${Math.max(8, Math.round(window.innerWidth - box.right))}px`;
    setOpen(true);
  };

  // A message that appears is scrolled into view (the dialog scrolls on short windows).
  useEffect(() => {
    if (message) messageRef.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);

  // Open once the content is rendered, and put the focus on the chosen option.
  useEffect(() => {
    const el = dialog.current;
    if (!open || !el) return;
    if (!el.open) el.showModal();
    el.querySelector<HTMLElement>('input:checked:not(:disabled)')?.focus();
  }, [open]);

  // Leaving the document (the menu unmounts) cancels an export still being written.
  useEffect(() => () => running.current?.abort(), []);

  const hide = () => {
    dialog.current?.close();
  };

  /**
   * After the dialog closed (Esc, a click outside, Cancel or a download): back to the button.
   * A file still being written is not wanted any more: its export stops, nothing downloads.
   */
  const onClose = () => {
    running.current?.abort();
    running.current = null;
    setOpen(false);
    button.current?.focus();
  };

  /** A click on the backdrop lands on the dialog element itself: close. */
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === dialog.current) hide();
  };

  const download = async () => {
    if (busy || problem) return;
    const controller = new AbortController();
    running.current = controller;
    setBusy(true);
    setError(null);
    try {
      const blob = isImageFormat(format)
        ? await imageFile(format)
        : await dataFile(doc, part ?? partOf(doc, request), request, format, controller.signal);
      if (controller.signal.aborted) return;
      running.current = null;
      downloadFile(blob, fileName, dialog.current);
      setStatus(`Downloaded ${fileName}`);
      hide();
    } catch (err) {
      if (!controller.signal.aborted) setError(exportErrorMessage(format, err));
    } finally {
      if (running.current === controller) running.current = null;
      if (controller.signal.aborted) setStatus(`Export of ${fileName} cancelled`);
      setBusy(false);
    }
  };

  const info = exportFormat(format);
  const titleId = `${id}-title`;
  const messageId = `${id}-message`;

  return (
    <div className="export-menu-anchor">
      <button
        ref={button}
        type="button"
        className="export-open"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={show}
        data-testid="export.open"
      >
        Export…
      </button>
      <span className="visually-hidden" role="status" data-testid="export.status">
        {status}
      </span>
      <dialog
        ref={dialog}
        className="export-menu"
        aria-labelledby={titleId}
        onClose={onClose}
        onClick={onDialogClick}
        data-testid="export.menu"
      >
        {open ? (
          <div className="export-menu-body">
            <h3 id={titleId} className="export-title">
              Export
            </h3>
            <ExportScopePicker
              name={`${id}-scope`}
              scope={request.scope}
              selection={selectionName}
              context={context}
              disabled={image}
              onScope={(next) => {
                setScope(next);
                setError(null);
              }}
              onContext={(next) => {
                setContext(next);
                setError(null);
              }}
            />
            <ExportFormatPicker
              name={`${id}-format`}
              value={format}
              onChange={(next) => {
                setFormat(next);
                setError(null);
              }}
            />
            {/* What will be written; or, when nothing can be, why (in its place). */}
            {message ? (
              <p
                ref={messageRef}
                id={messageId}
                className="export-error"
                role="alert"
                data-testid="export.error"
              >
                {message}
              </p>
            ) : null}
            {problem === undefined ? (
              <div className="export-preview">
                <p className="export-summary">
                  <span className="export-summary-label">
                    {image ? 'On the canvas:' : 'Will export:'}
                  </span>{' '}
                  <span data-testid="export.summary">{describeCounts(counts, !generic)}</span>
                </p>
                <p className="export-filename" title={fileName}>
                  <span className="export-summary-label">File:</span>{' '}
                  <code data-testid="export.filename">{fileName}</code>
                </p>
              </div>
            ) : null}
            <div className="export-actions">
              <button
                type="button"
                className="export-cancel"
                onClick={hide}
                data-testid="export.cancel"
              >
                Cancel
              </button>
              <button
                type="button"
                className="export-download"
                onClick={() => void download()}
                disabled={busy || problem !== undefined}
                aria-describedby={message ? messageId : undefined}
                data-testid="export.download"
              >
                {busy ? 'Preparing…' : `Download ${info.label}`}
              </button>
            </div>
          </div>
        ) : null}
      </dialog>
    </div>
  );
}
