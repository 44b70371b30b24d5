import { Fragment } from 'react';
import { ElementLink } from './ElementLink.tsx';
import './panels.css';

export interface ViaChainProps {
  via: readonly string[];
}

/** The outlets a statement reached us through, in order, each a link. */
export function ViaChain({ via }: ViaChainProps) {
  return (
    <span className="via-chain">
      {via.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && (
            <span className="via-arrow" aria-label="then">
              {' → '}
            </span>
          )}
          <ElementLink id={id} />
        </Fragment>
      ))}
    </span>
  );
}
