// Runs one PDF export in a Web Worker: stage reporting, cancel (terminates the worker), result.
// A failure anywhere (reading the workbook, starting the worker) ends in the error state, never in
// a "running" export that nothing will finish.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkbookSnapshot } from '../../domain/tables';
import type { DocumentKind } from './document/cards/card-document';
import type { PlanOptions } from './document/options';
import type { PdfRequest, PdfResponse, PdfStage } from './pdf-protocol';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; stage: 'data' | PdfStage }
  | { status: 'done'; pages: number; fileName: string; ms: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export function usePdfExport(onPdf: (pdf: Blob, fileName: string) => void) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  /** Which start() is current: a cancelled or superseded one must not touch the state. */
  const run = useRef(0);

  const stop = useCallback(() => {
    run.current++;
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const render = useCallback(
    (snapshot: WorkbookSnapshot, options: PlanOptions, fileName: string, kind: DocumentKind) => {
      const w = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      w.onmessage = (event: MessageEvent<PdfResponse>) => {
        if (worker.current !== w) return;
        const message = event.data;
        if (message.type === 'stage') setState({ status: 'running', stage: message.stage });
        else {
          stop();
          if (message.type === 'error') setState({ status: 'error', message: message.message });
          else {
            onPdf(new Blob([message.pdf], { type: 'application/pdf' }), fileName);
            setState({ status: 'done', pages: message.pages, fileName, ms: message.ms });
          }
        }
      };
      w.onerror = (event) => {
        if (worker.current !== w) return;
        stop();
        setState({ status: 'error', message: event.message || 'worker failed' });
      };
      const request: PdfRequest = { snapshot, options, kind };
      w.postMessage(request);
    },
    [onPdf, stop],
  );

  const start = useCallback(
    (
      load: () => Promise<WorkbookSnapshot | null>,
      options: PlanOptions,
      fileName: string,
      kind: DocumentKind = 'plan',
    ) => {
      stop();
      const mine = run.current;
      setState({ status: 'running', stage: 'data' });
      const fail = (error: unknown) => {
        if (run.current !== mine) return;
        stop();
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      };
      load()
        .then((snapshot) => {
          if (run.current !== mine) return;
          if (!snapshot) setState({ status: 'error', message: 'workbook not found' });
          else render(snapshot, options, fileName, kind);
        })
        .catch(fail);
    },
    [render, stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'cancelled' });
  }, [stop]);

  return { state, start, cancel };
}
