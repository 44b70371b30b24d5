/**
 * The app's stylesheet (style.ts) resolved without Cytoscape, for the sketch (sketch.ts): the
 * properties the sketch draws, for one element, from the same rules Cytoscape applies. One
 * source of looks, two readers; the unit test checks this reading against Cytoscape's for
 * every element of the article in every state.
 *
 * It reads what the stylesheet uses, and refuses anything else: selectors made of a group
 * (`node`, `edge`), classes and `:selected`, comma-separated; values that are numbers, strings,
 * CSS pixel lengths, arrays, `data(field)` and `mapData(field, low, high, from, to)`. Rules
 * apply in order, a later one overriding an earlier one, as in Cytoscape.
 */
import type { StylesheetJson } from 'cytoscape';

/** An element as the rules see it. */
export interface StyledElement {
  group: 'nodes' | 'edges';
  classes: ReadonlySet<string>;
  selected: boolean;
  data: Readonly<Record<string, unknown>>;
}

interface SelectorPart {
  group: 'nodes' | 'edges' | null;
  classes: string[];
  selected: boolean;
}

/** A property's value for an element's data: undefined when a mapping has nothing to map. */
type Value = (data: Readonly<Record<string, unknown>>) => unknown;

interface CompiledRule {
  parts: SelectorPart[];
  style: [string, Value][];
}

const PART = /^(node|edge)?((?:\.[A-Za-z0-9_-]+|:selected)*)$/;

function parsePart(text: string): SelectorPart {
  const match = PART.exec(text.trim());
  if (!match || text.trim() === '') throw new Error(`sketch style: unsupported selector "${text}"`);
  const rest = match[2] ?? '';
  return {
    group: match[1] === 'node' ? 'nodes' : match[1] === 'edge' ? 'edges' : null,
    classes: [...rest.matchAll(/\.([A-Za-z0-9_-]+)/g)].map((m) => m[1]!),
    selected: rest.includes(':selected'),
  };
}

const matches = (part: SelectorPart, ele: StyledElement): boolean =>
  (part.group === null || part.group === ele.group) &&
  (!part.selected || ele.selected) &&
  part.classes.every((name) => ele.classes.has(name));

/** A stylesheet made ready to resolve elements against. */
export class SketchStyle {
  private readonly rules: CompiledRule[];

  constructor(sheet: StylesheetJson) {
    this.rules = (sheet as { selector: string; style: Record<string, unknown> }[]).map((rule) => ({
      parts: rule.selector.split(',').map(parsePart),
      style: Object.entries(rule.style).map(([name, value]): [string, Value] => [
        name,
        compileValue(value),
      ]),
    }));
  }

  /** The rules that match each kind of element (group, classes, selection), in order. */
  private readonly matching = new Map<string, CompiledRule[]>();

  /** The element's properties (those the rules set for it), values resolved. */
  resolve(ele: StyledElement): ResolvedStyle {
    // Elements of a kind share their rules: the article's 325 elements are ~40 kinds.
    const kind = `${ele.group}${ele.selected ? ':selected' : ''} ${[...ele.classes].sort().join(' ')}`;
    let rules = this.matching.get(kind);
    if (!rules) {
      rules = this.rules.filter((rule) => rule.parts.some((part) => matches(part, ele)));
      this.matching.set(kind, rules);
    }
    const out = new Map<string, unknown>();
    for (const rule of rules) {
      for (const [name, value] of rule.style) {
        const resolved = value(ele.data);
        // A mapping without a number to map leaves the property to its default, in Cytoscape.
        if (resolved === undefined) out.delete(name);
        else out.set(name, resolved);
      }
    }
    return new ResolvedStyle(out);
  }
}

const DATA = /^data\(\s*([A-Za-z0-9_]+)\s*\)$/;
const MAP_DATA =
  /^mapData\(\s*([A-Za-z0-9_]+)\s*,\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\)$/;
const PIXELS = /^(-?[\d.]+)px$/;

/** A value of the stylesheet, read once: a constant, or a function of the data. */
function compileValue(value: unknown): Value {
  // Function values (labelStyleFollowing) are read when applied, as Cytoscape reads them.
  if (typeof value === 'function') return (data) => compileValue((value as () => unknown)())(data);
  if (typeof value !== 'string') return () => value;
  const field = DATA.exec(value);
  if (field) {
    const name = field[1]!;
    return (data) => data[name];
  }
  const mapped = MAP_DATA.exec(value);
  if (mapped) {
    const name = mapped[1]!;
    const [low, high, from, to] = mapped.slice(2).map(Number) as [number, number, number, number];
    return (data) => {
      const at = data[name];
      if (typeof at !== 'number' || !Number.isFinite(at)) return undefined;
      const t = high === low ? 0 : Math.min(1, Math.max(0, (at - low) / (high - low)));
      return from + (to - from) * t;
    };
  }
  const pixels = PIXELS.exec(value);
  if (pixels) {
    const n = Number(pixels[1]);
    return () => n;
  }
  if (/^(mapData|mapLayoutData|mapScratch|data)\(/.test(value)) {
    throw new Error(`sketch style: unsupported value "${value}"`);
  }
  return () => value;
}

/** Cytoscape's defaults for the properties the sketch reads. */
const DEFAULTS: Record<string, unknown> = {
  label: '',
  shape: 'ellipse',
  'background-color': '#999999',
  'background-opacity': 1,
  'border-width': 0,
  'border-color': '#000000',
  'border-style': 'solid',
  width: 30,
  height: 30,
  opacity: 1,
  'text-opacity': 1,
  'font-size': 16,
  'font-style': 'normal',
  'font-weight': 'normal',
  'font-family': 'Helvetica Neue, Helvetica, sans-serif',
  color: '#000000',
  'text-valign': 'top',
  'text-halign': 'center',
  'text-margin-x': 0,
  'text-margin-y': 0,
  'text-wrap': 'none',
  'text-max-width': 9999,
  'text-background-color': '#000000',
  'text-background-opacity': 0,
  'text-background-padding': 0,
  'underlay-color': '#000000',
  'underlay-opacity': 0,
  'underlay-padding': 10,
  'z-index': 0,
  'line-color': '#999999',
  'line-style': 'solid',
  'line-dash-pattern': [6, 3],
  'target-arrow-shape': 'none',
  'target-arrow-color': '#999999',
  'arrow-scale': 1,
  'curve-style': 'haystack',
  'control-point-step-size': 40,
};

/** One element's resolved properties, with Cytoscape's defaults for the rest. */
export class ResolvedStyle {
  constructor(private readonly values: ReadonlyMap<string, unknown>) {}

  value(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : DEFAULTS[name];
  }

  num(name: string): number {
    const value = this.value(name);
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : Number(DEFAULTS[name] ?? 0);
  }

  str(name: string): string {
    const value = this.value(name);
    return value === undefined || value === null ? '' : String(value);
  }
}
