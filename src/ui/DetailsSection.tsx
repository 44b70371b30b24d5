import type { ReactNode } from 'react';
import './panels.css';

export interface DetailsSectionProps {
  /** Short name, used in the test id `details.section.<name>` and the heading id. */
  name: string;
  title: string;
  /** A count shown after the title. */
  count?: number;
  children: ReactNode;
}

/** A titled section of the details panel. */
export function DetailsSection({ name, title, count, children }: DetailsSectionProps) {
  const headingId = `details-section-${name}`;
  return (
    <section
      className="details-section"
      aria-labelledby={headingId}
      data-testid={`details.section.${name}`}
    >
      <h3 id={headingId} className="details-section-title">
        {title}
        {count !== undefined && <span className="details-count"> ({count})</span>}
      </h3>
      {children}
    </section>
  );
}
