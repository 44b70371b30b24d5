/**
 * The Web Worker of readImport.ts: imports a file off the main thread, so the tab stays
 * responsive while a large one is parsed and checked (a 10 000-node GraphML is ~2 s of work).
 */
import { importBytes, importGraph } from '../formats/import.ts';
import { serializeImport, type ImportJob, type SerializedImport } from '../formats/importJob.ts';

export type ImportWorkerResponse =
  { ok: true; result: SerializedImport } | { ok: false; error: string };

self.onmessage = (event: MessageEvent<ImportJob>) => {
  const { source, name } = event.data;
  let response: ImportWorkerResponse;
  try {
    const result =
      typeof source === 'string' ? importGraph(source, name) : importBytes(source, name);
    response = { ok: true, result: serializeImport(result) };
  } catch (error) {
    response = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
