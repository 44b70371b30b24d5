import { describe, expect, it } from 'vitest';
import { exportBlob } from './exportBlob.ts';

const file = (name: string, content: string) => ({ name, mime: 'text/csv', content });

describe('exportBlob', () => {
  it("is one format's single file, typed with its MIME type and UTF-8", async () => {
    const blob = exportBlob('gexf', [
      { name: 'a.gexf', mime: 'application/gexf+xml', content: 'é<x/>' },
    ]);
    expect(blob.type).toBe('application/gexf+xml;charset=utf-8');
    expect(await blob.text()).toBe('é<x/>');
  });

  it("zips CSV's two tables as nodes.csv and edges.csv", async () => {
    const blob = exportBlob('csv', [
      file('d.nodes.csv', 'id\na\n'),
      file('d.edges.csv', 'id\ne\n'),
    ]);
    expect(blob.type).toBe('application/zip');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    // Stored (uncompressed) entries: both names and contents are in the archive as written.
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    for (const part of ['nodes.csv', 'edges.csv', 'id\na\n', 'id\ne\n'])
      expect(text).toContain(part);
  });

  it('fails when the exporter wrote nothing', () => {
    expect(() => exportBlob('graphml', [])).toThrow(/wrote no file/);
  });
});
