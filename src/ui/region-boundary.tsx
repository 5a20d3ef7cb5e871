import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

interface RegionBoundaryProps {
  /** Names the region in the error title: "The story could not be loaded". */
  what: string;
  fallback: ReactNode;
  children: ReactNode;
  /** Lets a region show its own view for some errors, e.g. not-found. */
  renderError?: (error: unknown, retry: () => void) => ReactNode | undefined;
}

/** Loading and failure stay inside one region; the rest of the page keeps working. */
export function RegionBoundary({ what, fallback, children, renderError }: RegionBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          render={(error, retry) =>
            renderError?.(error, retry) ?? (
              <ErrorPanel title={`${what} could not be loaded`} error={error} onRetry={retry} />
            )
          }
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

interface ErrorBoundaryProps {
  onReset: () => void;
  render: (error: unknown, retry: () => void) => ReactNode;
  children: ReactNode;
}

class ErrorBoundary extends Component<ErrorBoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Lede region failed', error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onReset();
    this.setState({ error: undefined, failed: false });
  };

  override render() {
    return this.state.failed ? this.props.render(this.state.error, this.retry) : this.props.children;
  }
}
