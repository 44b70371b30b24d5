import { describe, expect, it } from 'vitest';
import { activeGraphView, setActiveGraphView, toHexColor, type GraphView } from './visible.ts';

describe('toHexColor', () => {
  it('reads the colours Cytoscape reports as #rrggbb', () => {
    expect(toHexColor('rgb(31,119,180)')).toBe('#1f77b4');
    expect(toHexColor(' rgba(255, 0, 12.4, 0.5) ')).toBe('#ff000c');
    expect(toHexColor('#ABC')).toBe('#aabbcc');
    expect(toHexColor('#1f77b4')).toBe('#1f77b4');
    expect(toHexColor('rgb(300, 0, 0)')).toBe('#ff0000');
    expect(toHexColor('red')).toBeUndefined();
    expect(toHexColor('')).toBeUndefined();
  });
});

describe('the active graph view', () => {
  it('is the last canvas created, cleared only by its own canvas', () => {
    const a = {} as GraphView;
    const b = {} as GraphView;
    setActiveGraphView(a);
    setActiveGraphView(b);
    setActiveGraphView(null, a); // a unmounts after b mounted: b stays
    expect(activeGraphView()).toBe(b);
    setActiveGraphView(null, b);
    expect(activeGraphView()).toBeNull();
  });
});
