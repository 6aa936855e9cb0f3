// The facilitator's screen for a running tabletop, made for a projector: the current inject large,
// its prompt, the scenario time and a running exercise clock; keys N/→ and P/← step through the
// injects, D jumps to the decision form, Esc leaves full screen (the browser's Fullscreen API, or a
// full-window fallback where it is missing or refused). Works with no network: everything is local.
// The decision log beside it is decision-log.tsx.
import { useEffect, useRef, useState } from 'react';
import type { TabletopRun } from '../../domain/exercise';
import { clockText, runElapsedSeconds, scenarioTime, toggleClock } from '../../domain/tabletop-script';
import { showToast } from '../../components/toast';
import { useGo } from '../../components/use-go';
import { useGuardedAction } from '../../components/use-guarded-action';
import { WriteError } from '../../components/write-error';
import { useT } from '../../i18n/use-i18n';
import { todayIso } from '../../lib/dates';
import { finishRun, updateRun } from './data';
import { DecisionLog } from './decision-log';

/** Keys typed into a field are the field's, not shortcuts. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function FacilitatorView({ run, scenarioTitle }: { run: TabletopRun; scenarioTitle: string }) {
  const t = useT();
  const navigate = useGo();
  const root = useRef<HTMLElement>(null);
  const decisionForm = useRef<HTMLFormElement>(null);
  const [now, setNow] = useState(() => Date.now());
  const [current, setCurrent] = useState(Math.min(run.current, Math.max(0, run.injects.length - 1)));
  const [fallbackFull, setFallbackFull] = useState(false);
  const [nativeFull, setNativeFull] = useState(false);
  const move = useGuardedAction(updateRun);
  const finish = useGuardedAction(finishRun, {
    onSuccess: (exercise) => {
      exitFullScreen();
      showToast({ text: t('exercises.runner.finished', { title: exercise.title }) });
      navigate(`?exercise=${exercise.id}`);
    },
  });

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    const onChange = () => setNativeFull(document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const total = run.injects.length;
  const go = (index: number) => {
    if (index < 0 || index >= total || index === current) return;
    setCurrent(index);
    move.start(run.id, { current: index });
  };
  const isFull = nativeFull || fallbackFull;
  const enterFullScreen = () => {
    const el = root.current;
    if (el && typeof el.requestFullscreen === 'function' && document.fullscreenEnabled) {
      el.requestFullscreen().catch(() => setFallbackFull(true));
    } else {
      setFallbackFull(true);
    }
  };
  function exitFullScreen() {
    setFallbackFull(false);
    // Leaving can be refused (the page lost full screen already): nothing to undo then.
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }

  // The latest handlers for the one keydown listener.
  const pause = useGuardedAction(updateRun);
  // Pause or resume: the patch is saved, so a reload finds the clock as it was left.
  const togglePause = () => pause.start(run.id, toggleClock(run, Date.now()));
  const keys = useRef({ go, current, exit: exitFullScreen, togglePause });
  keys.current = { go, current, exit: exitFullScreen, togglePause };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        // A browser usually leaves its own full screen on Esc before the page sees the key; where
        // the page does see it (or in the full-window fallback), leaving is ours to do.
        keys.current.exit();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const k = keys.current;
      const key = e.key.toLowerCase();
      if (key === 'n' || e.key === 'ArrowRight') {
        e.preventDefault();
        k.go(k.current + 1);
      } else if (key === 'p' || e.key === 'ArrowLeft') {
        e.preventDefault();
        k.go(k.current - 1);
      } else if (key === 'd') {
        e.preventDefault();
        decisionForm.current?.querySelector('input')?.focus();
      } else if (
        e.key === ' ' &&
        !(e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement)
      ) {
        // Space pauses or resumes the clock (on a button, Space is that button's).
        e.preventDefault();
        k.togglePause();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const inject = run.injects[current];
  const seconds = runElapsedSeconds(run, now);
  return (
    <section
      ref={root}
      className={`page exercises-runner${fallbackFull ? ' exercises-runner-full' : ''}`}
      aria-labelledby="runner-inject-heading"
    >
      <div className="exercises-runner-bar">
        <p className="exercises-runner-scenario">{scenarioTitle}</p>
        <p>
          {t('exercises.runner.injectOf', { n: current + 1, total })} · {t('exercises.runner.scenarioTime')}{' '}
          <strong data-testid="scenario-time">{inject ? scenarioTime(inject.atMinutes) : ''}</strong>
        </p>
        <p>
          {t('exercises.runner.clock')}{' '}
          <strong className="exercises-clock" role="timer" aria-live="off">
            {clockText(seconds)}
          </strong>{' '}
          {run.pausedAt && <span data-testid="clock-paused">{t('exercises.runner.paused')}</span>}{' '}
          <button type="button" className="secondary" disabled={pause.busy} onClick={togglePause}>
            {run.pausedAt ? t('exercises.runner.resume') : t('exercises.runner.pause')}
          </button>
        </p>
      </div>
      {inject && (
        <div className="exercises-inject" aria-live="polite">
          <h2 id="runner-inject-heading" data-testid="inject-title">
            {inject.title}
          </h2>
          {inject.prompt && <p className="exercises-prompt">{inject.prompt}</p>}
        </div>
      )}
      <div className="card-actions">
        <button type="button" className="secondary" disabled={current === 0} onClick={() => go(current - 1)}>
          {t('exercises.runner.previous')}
        </button>
        <button type="button" disabled={current >= total - 1} onClick={() => go(current + 1)}>
          {t('exercises.runner.next')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => (isFull ? exitFullScreen() : enterFullScreen())}
        >
          {isFull ? t('exercises.runner.leaveFullScreen') : t('exercises.runner.fullScreen')}
        </button>
        <button type="button" className="secondary" onClick={() => move.start(run.id, { state: 'editing' })}>
          {t('exercises.runner.editScript')}
        </button>
      </div>
      <p className="muted exercises-keys">{t('exercises.runner.keys')}</p>
      <WriteError error={move.error} onRetry={move.retry} />
      <DecisionLog
        run={run}
        seconds={seconds}
        injectKey={inject?.key ?? null}
        formRef={decisionForm}
        fullScreen={isFull}
      />
      <div className="card-actions">
        <button
          type="button"
          disabled={finish.busy}
          onClick={() =>
            finish.start(
              run.id,
              t('exercises.runner.exerciseTitle', { scenario: scenarioTitle }).slice(0, 300),
              todayIso(),
            )
          }
        >
          {t('exercises.runner.finish')}
        </button>
      </div>
      <WriteError error={finish.error} onRetry={finish.retry} />
    </section>
  );
}
