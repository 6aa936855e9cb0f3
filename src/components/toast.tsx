// Short-lived notices (with an optional action such as Undo), announced to screen readers.
import { create } from 'zustand';
import { useT } from '../i18n/use-i18n';

type Toast = { id: number; text: string; actionLabel?: string; onAction?: () => void };
type ToastStore = {
  toasts: Toast[];
  show: (t: Omit<Toast, 'id'>, ms?: number) => void;
  dismiss: (id: number) => void;
};

let nextId = 1;
export const useToastStore = create<ToastStore>()((set, get) => ({
  toasts: [],
  show: (toast, ms = 6000) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...toast, id }] });
    setTimeout(() => get().dismiss(id), ms);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const showToast = (toast: Omit<Toast, 'id'>, ms?: number) => useToastStore.getState().show(toast, ms);

export function Toasts() {
  const t = useT();
  const { toasts, dismiss } = useToastStore();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast">
          <span>{toast.text}</span>
          {toast.onAction && (
            <button
              type="button"
              onClick={() => {
                toast.onAction?.();
                dismiss(toast.id);
              }}
            >
              {toast.actionLabel}
            </button>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(toast.id)}
            aria-label={t('common.close')}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
