import { describe, expect, it } from 'vitest';
import { readPanelLayout, writePanelLayout } from './panelLayout.ts';

const memory = () => {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
};

describe('panel layout storage', () => {
  it('remembers each value and merges changes', () => {
    const storage = memory();
    writePanelLayout(storage, { bottomHeight: 420 });
    writePanelLayout(storage, { legendOpen: false });
    expect(readPanelLayout(storage)).toEqual({ bottomHeight: 420, legendOpen: false });
  });

  it('ignores garbage and missing storage', () => {
    const storage = memory();
    storage.setItem('claimgraph.panelLayout.v1', '{"bottomHeight":"tall","legendOpen":1}');
    expect(readPanelLayout(storage)).toEqual({});
    storage.setItem('claimgraph.panelLayout.v1', 'not json');
    expect(readPanelLayout(storage)).toEqual({});
    expect(readPanelLayout(undefined)).toEqual({});
  });

  it('survives a storage that throws on write', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => writePanelLayout(full, { bottomHeight: 300 })).not.toThrow();
  });
});
