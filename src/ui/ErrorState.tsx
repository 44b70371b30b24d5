export interface ErrorStateProps {
  title?: string;
  message: string;
  testId?: string;
}

export function ErrorState({
  title = 'Something went wrong',
  message,
  testId = 'app.error',
}: ErrorStateProps) {
  return (
    <div className="state state-error" role="alert" data-testid={testId}>
      <strong>{title}</strong>
      <pre className="state-message">{message}</pre>
    </div>
  );
}
