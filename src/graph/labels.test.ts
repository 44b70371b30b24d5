import { describe, expect, it } from 'vitest';
import { SHORT_LABEL_LENGTH, shortLabel, truncate, withoutParenthetical } from './labels.ts';

describe('short labels', () => {
  it('keeps short text and cuts long text at a word, with an ellipsis', () => {
    expect(truncate('Vladimir Putin', 26)).toBe('Vladimir Putin');
    const cut = truncate('Russia was offering North Korea food in exchange for ammunition', 34);
    expect(cut).toBe('Russia was offering North Korea…');
    expect(cut.length).toBeLessThanOrEqual(34);
    expect(truncate('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
    expect(truncate('  spaced\n  out  ', 20)).toBe('spaced out');
  });

  it('drops a trailing parenthetical', () => {
    expect(withoutParenthetical('US officials (unnamed)')).toBe('US officials');
    expect(withoutParenthetical('Many experts (unnamed, quoted by Stratfor)')).toBe('Many experts');
    expect(withoutParenthetical('(unnamed)')).toBe('(unnamed)');
    expect(withoutParenthetical('Kim (the leader) speaks')).toBe('Kim (the leader) speaks');
  });

  it('shortens by kind', () => {
    expect(shortLabel('actor', 'Russian foreign minister (unnamed)')).toBe(
      'Russian foreign minister',
    );
    expect(shortLabel('event', "North Korea's failed spy-satellite launch (May 2023)")).toBe(
      "North Korea's failed…",
    );
    expect(shortLabel('claim', 'North Korea is going to space.')).toBe(
      'North Korea is going to space',
    );
    expect(shortLabel('claim', 'North Korea is venturing into space.')).toBe(
      'North Korea is venturing into…',
    );
    for (const kind of ['actor', 'event', 'claim'] as const) {
      expect(shortLabel(kind, 'x '.repeat(80)).length).toBeLessThanOrEqual(
        SHORT_LABEL_LENGTH[kind],
      );
    }
  });
});
