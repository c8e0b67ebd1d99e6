import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of a scene that failed to draw (already translated). */
  readonly fallback: (retry: () => void) => ReactNode;
  /** A new key (scene, scenario) gives the scene a fresh try. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

interface State {
  readonly failedFor: string | null;
}

/**
 * If a scene ever fails to draw, the rest of the page (header, link, undo history) keeps
 * working and the user's state stays in the store and the address bar; the scene shows a
 * message with a retry instead of a blank page.
 */
export class SceneBoundary extends Component<Props, State> {
  override state: State = { failedFor: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failedFor: '' };
  }

  override componentDidCatch(): void {
    this.setState({ failedFor: this.props.resetKey });
  }

  override render(): ReactNode {
    const { failedFor } = this.state;
    if (failedFor !== null && (failedFor === '' || failedFor === this.props.resetKey)) {
      return this.props.fallback(() => this.setState({ failedFor: null }));
    }
    return this.props.children;
  }
}
