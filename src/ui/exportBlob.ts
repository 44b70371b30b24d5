/** The Blob a download gets from an exporter's files: one file as it is, CSV's two zipped. */
import type { ExportFile } from '../formats/index.ts';
import type { FormatId } from '../formats/types.ts';
import { zip } from './zip.ts';

export function exportBlob(format: FormatId, files: readonly ExportFile[]): Blob {
  if (format === 'csv') {
    // The same two tables as `claimgraph export --format csv --out DIR`.
    const [nodes, edges] = files;
    const archive = zip([
      { name: 'nodes.csv', content: nodes?.content ?? '' },
      { name: 'edges.csv', content: edges?.content ?? '' },
    ]);
    return new Blob([archive], { type: 'application/zip' });
  }
  const [file] = files;
  if (!file) throw new Error('the exporter wrote no file');
  return new Blob([file.content], { type: `${file.mime};charset=utf-8` });
}
