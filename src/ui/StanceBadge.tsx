import type { CSSProperties } from 'react';
import { STANCE_COLORS } from '../graph/palette.ts';
import type { Stance } from '../model/schema.ts';
import './panels.css';

export interface StanceBadgeProps {
  stance: Stance;
  /** Shown after the stance name, e.g. a count. */
  suffix?: string;
}

/** A stance in its colour and in words (never colour alone). */
export function StanceBadge({ stance, suffix }: StanceBadgeProps) {
  return (
    <span
      className="stance-badge"
      data-stance={stance}
      style={{ '--stance': STANCE_COLORS[stance] } as CSSProperties}
    >
      <span className="stance-swatch" aria-hidden="true" />
      {stance}
      {suffix ? <span className="stance-suffix"> {suffix}</span> : null}
    </span>
  );
}
