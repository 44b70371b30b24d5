/**
 * The panel layout (how tall the text-and-tables area is, whether the legend is open) is
 * not part of a shared link, but it is the user's: it survives a reload in localStorage.
 * Storage that is unavailable or full is not an error: the layout just isn't remembered.
 */
import { useCallback, useState } from 'react';

const KEY = 'claimgraph.panelLayout.v1';

export interface PanelLayout {
  bottomHeight?: number;
  legendOpen?: boolean;
}

export function readPanelLayout(storage: Pick<Storage, 'getItem'> | undefined): PanelLayout {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return {};
    const value = JSON.parse(raw) as Record<string, unknown>;
    const out: PanelLayout = {};
    if (typeof value.bottomHeight === 'number' && Number.isFinite(value.bottomHeight)) {
      out.bottomHeight = value.bottomHeight;
    }
    if (typeof value.legendOpen === 'boolean') out.legendOpen = value.legendOpen;
    return out;
  } catch {
    return {};
  }
}

export function writePanelLayout(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
  change: PanelLayout,
): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ ...readPanelLayout(storage), ...change }));
  } catch {
    // Private mode or a full quota: the layout is simply not remembered.
  }
}

const browserStorage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** One remembered layout value, with its setter. */
export function usePanelLayout<K extends keyof PanelLayout>(
  key: K,
  fallback: NonNullable<PanelLayout[K]>,
): [NonNullable<PanelLayout[K]>, (value: NonNullable<PanelLayout[K]>) => void] {
  const [value, setValue] = useState<NonNullable<PanelLayout[K]>>(
    () => (readPanelLayout(browserStorage())[key] ?? fallback) as NonNullable<PanelLayout[K]>,
  );
  const set = useCallback(
    (next: NonNullable<PanelLayout[K]>) => {
      setValue(next);
      writePanelLayout(browserStorage(), { [key]: next } as PanelLayout);
    },
    [key],
  );
  return [value, set];
}
