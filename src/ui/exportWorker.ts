/**
 * The Web Worker of exportInWorker.ts: builds an export's file off the main thread, so the tab
 * stays responsive while a large graph is written (a 50 000-node GEXF is ~4 s of work).
 */
import { JobAssembler, type ExportJobPart } from '../formats/exportJob.ts';
import { runExportJob } from '../formats/runExportJob.ts';
import { exportBlob } from './exportBlob.ts';

export type ExportWorkerResponse = { ok: true; blob: Blob } | { ok: false; error: string };

// The job arrives in parts (exportInWorker.ts); this worker writes one job.
const assembler = new JobAssembler();

self.onmessage = (event: MessageEvent<ExportJobPart>) => {
  let response: ExportWorkerResponse;
  try {
    const job = assembler.add(event.data);
    if (!job) return;
    response = { ok: true, blob: exportBlob(job.format, runExportJob(job)) };
  } catch (error) {
    // The exporter's own message: the menu shows it as it showed it from the main thread.
    response = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  // A Blob crosses as a handle, not a copy.
  self.postMessage(response);
};
