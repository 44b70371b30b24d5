export interface ErrorStateProps {
  title?: string;
  message: string;
  testId?: string;
  /** What the person can do about it, in a sentence. */
  action?: string;
}

export function ErrorState({
  title = 'Something went wrong',
  message,
  testId = 'app.error',
  action,
}: ErrorStateProps) {
  return (
    <div className="state state-error" role="alert" data-testid={testId}>
      <strong>{title}</strong>
      <pre className="state-message">{message}</pre>
      {action && (
        <p className="state-action" data-testid={`${testId}.action`}>
          {action}
        </p>
      )}
    </div>
  );
}
