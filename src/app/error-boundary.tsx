// An error boundary around each step (and the page frame): a step that throws while rendering
// shows the problem message, with a backup export, instead of an empty page. Moving to another
// step (a new resetKey) tries again.
import { Component, type ReactNode } from 'react';
import { ProblemMessage } from './problem-message';

type Props = {
  children: ReactNode;
  resetKey?: string;
  /** What to show instead (default: the problem message with a backup export). */
  fallback?: ReactNode;
};
type State = { error: { detail: string } | null; resetKey?: string };

// (React itself logs the error and its component stack to the console.)
const describe = (error: unknown) => String(error).slice(0, 300);

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: { detail: describe(error) } };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  render() {
    if (!this.state.error) return this.props.children;
    return this.props.fallback ?? <ProblemMessage detail={this.state.error.detail} />;
  }
}
