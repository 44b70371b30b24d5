export interface LoadingStateProps {
  label?: string;
  testId?: string;
}

export function LoadingState({ label = 'Loading…', testId = 'app.loading' }: LoadingStateProps) {
  return (
    <div className="state state-loading" role="status" data-testid={testId}>
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
