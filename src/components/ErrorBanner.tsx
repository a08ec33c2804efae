import type { AppError } from '../../workers/api.ts';

export interface ErrorBannerProps {
  error: AppError;
  onDismiss?: () => void;
  testId?: string;
}

/** What went wrong and what to do, announced to screen readers. */
export function ErrorBanner({ error, onDismiss, testId = 'error-banner' }: ErrorBannerProps) {
  return (
    <div className="banner banner--error" role="alert" data-testid={testId} data-code={error.code}>
      <div>
        <strong>{error.message}</strong>
        {error.hint && <div className="banner__hint">{error.hint}</div>}
      </div>
      {onDismiss && (
        <button
          type="button"
          className="button button--small"
          onClick={onDismiss}
          aria-label="Dismiss message"
        >
          ×
        </button>
      )}
    </div>
  );
}

export function WarningList({
  warnings,
  testId = 'warnings',
}: {
  warnings: readonly { message: string }[];
  testId?: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <ul className="banner banner--warning" data-testid={testId} aria-label="Warnings">
      {warnings.map((w, i) => (
        <li key={i}>{w.message}</li>
      ))}
    </ul>
  );
}
