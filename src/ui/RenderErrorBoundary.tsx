import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface RenderErrorBoundaryProps {
  /** What failed, for the message ("the details panel"). */
  what: string;
  children: ReactNode;
  /** Changing it clears a caught error (e.g. the selected id or the document). */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

/**
 * Keeps a failure in one panel from blanking the whole app: the panel shows what went
 * wrong and what to do, the rest stays usable, and the next selection or document retries.
 */
export class RenderErrorBoundary extends Component<RenderErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: RenderErrorBoundaryProps,
    state: State,
  ): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`claimgraph: ${this.props.what} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="state state-error" role="alert" data-testid="app.render-error">
        <strong>Cannot show {this.props.what}</strong>
        <p className="state-message">{error.message}</p>
        <p className="state-action">
          Select another element or clear the filters; reloading the page keeps your view. Your
          graph and its other panels are unaffected.
        </p>
      </div>
    );
  }
}
