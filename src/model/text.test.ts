import { describe, expect, it } from 'vitest';
import { foldTypography, includesFolded } from './text.ts';

describe('foldTypography', () => {
  it('folds the seed typography to what people type', () => {
    expect(foldTypography('Kim Jong\u2011un’s “visit”\u00a0– now')).toBe(
      'kim jong-un\'s "visit" - now',
    );
  });
  it('keeps offsets: the folded text has the same length', () => {
    const s = 'İstanbul\u00a0Kim Jong\u2011un';
    expect(foldTypography(s)).toHaveLength(s.length);
  });
  it('matches across typographic variants, case-insensitively', () => {
    expect(includesFolded('North Korean leader Kim Jong‑un visited', 'kim jong-un')).toBe(true);
    expect(includesFolded('Kim Jong‑un', 'Kim Jong un')).toBe(false);
  });
});
