// An error boundary around each step (and the page frame): a step that throws while rendering
// shows the problem message, with a backup export, instead of an empty page. Moving to another
// step (a new resetKey) tries again.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ProblemMessage } from './problem-message';

type Props = { children: ReactNode; resetKey?: string };
type State = { error: { detail: string } | null; resetKey?: string };

const describe = (error: unknown) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: { detail: describe(error) } };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept for whoever opens the console; the planner sees the message.
    console.error(error, info.componentStack);
  }

  render() {
    return this.state.error ? <ProblemMessage detail={this.state.error.detail} /> : this.props.children;
  }
}
