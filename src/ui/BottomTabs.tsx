import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { usePanelLayout } from '../state/panelLayout.ts';
import { useViewSelector, useViewUpdate, type ParsedView } from '../state/useView.ts';
import { TABS, type TabName } from '../state/view.ts';
import { AfterFirstPaint } from './AfterFirstPaint.tsx';
import { ClaimsTable } from './ClaimsTable.tsx';
import { RankingsPanel } from './RankingsPanel.tsx';
import { SourcePanel } from './SourcePanel.tsx';
import './panels.css';

const TAB_LABELS: Record<TabName, string> = {
  source: 'Source text',
  claims: 'Claims table',
  rankings: 'Rankings',
};

const MIN_HEIGHT = 140;
const DEFAULT_HEIGHT = 280;
const KEY_STEP = 40;

const maxHeight = (): number => Math.max(MIN_HEIGHT, Math.round(window.innerHeight * 0.7));
const clampHeight = (h: number): number =>
  Math.round(Math.min(maxHeight(), Math.max(MIN_HEIGHT, h)));

const tabOf = ({ view }: ParsedView) => view.tab;

/**
 * The area below the graph: the source text, the claims table and the rankings as ARIA tabs
 * (the open tab lives in the URL as `tab=`), with a handle to resize the area.
 */
export function BottomTabs() {
  // The open tab only: the panels read the rest of the view themselves.
  const tab = useViewSelector(tabOf);
  const update = useViewUpdate();
  const [storedHeight, setHeight] = usePanelLayout('bottomHeight', DEFAULT_HEIGHT);
  const height = clampHeight(storedHeight);
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);
  const tabRefs = useRef<Partial<Record<TabName, HTMLButtonElement | null>>>({});

  const choose = (tab: TabName, focus = false) => {
    update({ tab }, 'replace');
    if (focus) tabRefs.current[tab]?.focus();
  };

  const onTabKeyDown = (event: KeyboardEvent, tab: TabName) => {
    const at = TABS.indexOf(tab);
    let next: TabName | undefined;
    if (event.key === 'ArrowRight') next = TABS[(at + 1) % TABS.length];
    else if (event.key === 'ArrowLeft') next = TABS[(at - 1 + TABS.length) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    choose(next, true);
  };

  const onHandleKeyDown = (event: KeyboardEvent) => {
    let next: number | undefined;
    if (event.key === 'ArrowUp') next = height + KEY_STEP;
    else if (event.key === 'ArrowDown') next = height - KEY_STEP;
    else if (event.key === 'Home') next = MIN_HEIGHT;
    else if (event.key === 'End') next = maxHeight();
    if (next === undefined) return;
    event.preventDefault();
    setHeight(clampHeight(next));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: height };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    setHeight(clampHeight(drag.current.startHeight + drag.current.startY - event.clientY));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
  };

  return (
    <section className="bottom-tabs" style={{ height }} aria-label="Text and tables">
      <div
        className="bottom-resize"
        role="separator"
        aria-orientation="horizontal"
        aria-label="Resize the text and tables area"
        aria-valuemin={MIN_HEIGHT}
        aria-valuemax={maxHeight()}
        aria-valuenow={height}
        tabIndex={0}
        data-testid="tabs.resize"
        onKeyDown={onHandleKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
      <div className="bottom-tablist" role="tablist" aria-label="Text and tables">
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              tabRefs.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            className="bottom-tab"
            aria-selected={tab === name}
            aria-controls={`tabpanel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            data-testid={`tabs.${name}`}
            onClick={() => choose(name)}
            onKeyDown={(event) => onTabKeyDown(event, name)}
          >
            {TAB_LABELS[name]}
          </button>
        ))}
      </div>
      <div
        className="bottom-panel"
        role="tabpanel"
        id={`tabpanel-${tab}`}
        aria-labelledby={`tab-${tab}`}
      >
        <AfterFirstPaint>
          {tab === 'source' && <SourcePanel />}
          {tab === 'claims' && <ClaimsTable />}
          {tab === 'rankings' && <RankingsPanel />}
        </AfterFirstPaint>
      </div>
    </section>
  );
}
