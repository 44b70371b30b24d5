import type { Span } from '../model/schema.ts';
import './panels.css';

export interface EvidenceQuotesProps {
  spans: readonly Span[];
  testId?: string;
}

/** The exact words of the text behind an element, one block per span. */
export function EvidenceQuotes({ spans, testId = 'details.quote' }: EvidenceQuotesProps) {
  return (
    <>
      {spans.map((span) => (
        <blockquote
          key={`${span.start}-${span.end}`}
          className="evidence-quote"
          data-testid={testId}
          data-start={span.start}
          data-end={span.end}
        >
          {span.exact}
        </blockquote>
      ))}
    </>
  );
}
