// Small building blocks every back-office page uses: data loading, error banners, forms, dialogs,
// copy-to-clipboard, money and time formatting. Plain elements, labelled, keyboard-first.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { formatMoney } from '../../core/money';
import { ApiFailure } from './api-client';
import { useSession } from './session';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads `fetcher()` on mount and whenever `deps` change; `reload()` fetches again. */
export function useLoad<T>(fetcher: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    fetcher().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(messageOf(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers list what the fetcher depends on in `deps`
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}

export function messageOf(e: unknown): string {
  if (e instanceof ApiFailure) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Runs an action, remembering whether it is busy and its error, for buttons and forms. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError(messageOf(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}

export function ErrorBanner({ error }: { error: string | null | undefined }) {
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      {error}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="banner banner-info" role="status">
      {children}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {children ? <div className="page-actions">{children}</div> : null}
    </header>
  );
}

/** A modal dialog (native <dialog>: focus stays inside, Escape closes). */
export function Dialog({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      {open ? (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button-ghost" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          {children}
        </>
      ) : null}
    </dialog>
  );
}

/** A dialog that creates (`item` is 'new') or edits `item` with the form `children` renders; closed while `item` is null. */
export function EditDialog<T>({
  item,
  newTitle,
  editTitle,
  onClose,
  children,
}: {
  item: T | 'new' | null;
  newTitle: string;
  editTitle: string | ((item: T) => string);
  onClose: () => void;
  children: (item: T | undefined) => ReactNode;
}) {
  const title = item === 'new' ? newTitle : item === null ? '' : typeof editTitle === 'function' ? editTitle(item) : editTitle;
  return (
    <Dialog title={title} open={item !== null} onClose={onClose}>
      {item !== null ? children(item === 'new' ? undefined : item) : null}
    </Dialog>
  );
}

/** A form whose submit runs `onSubmit` (no page navigation): the action's error on top, `actions` and the submit button below. */
export function ActionForm({
  onSubmit,
  error,
  busy,
  submitLabel,
  actions,
  children,
}: {
  onSubmit: () => unknown;
  error: string | null | undefined;
  busy: boolean;
  submitLabel: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      <ErrorBanner error={error} />
      {children}
      <div className="form-actions">
        {actions}
        <button type="submit" className="button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** A select of the business's locations; `anyLabel` adds a first option '' (e.g. "All locations"). */
export function LocationSelect({ id, value, onChange, anyLabel }: { id: string; value: string; onChange: (locationId: string) => void; anyLabel?: string }) {
  const session = useSession();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {anyLabel ? <option value="">{anyLabel}</option> : null}
      {session.locations.map((l) => (
        <option key={l.id} value={l.id}>
          {l.name}
        </option>
      ))}
    </select>
  );
}

/** Shows a secret once with a copy button; the page forgets it when the box closes. */
export function SecretOnce({ label, value, note }: { label: string; value: string; note: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // no clipboard permission (e.g. plain http): select the text so Ctrl+C works
      const input = document.getElementById('secret-once') as HTMLInputElement | null;
      input?.select();
    }
  };
  return (
    <div className="secret-once">
      <label htmlFor="secret-once">{label}</label>
      <div className="secret-row">
        <input id="secret-once" className="mono" readOnly value={value} onFocus={(e) => e.currentTarget.select()} data-testid="secret-value" />
        <button type="button" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="warning">{note}</p>
    </div>
  );
}

/** The dialog around SecretOnce with a Done button (`extra` goes before it); closed while `secret` is null. */
export function SecretDialog({
  title,
  secret,
  note,
  onClose,
  extra,
}: {
  title: string;
  secret: { label: string; value: string } | null;
  note: string;
  onClose: () => void;
  extra?: ReactNode;
}) {
  return (
    <Dialog title={title} open={secret !== null} onClose={onClose}>
      {secret ? (
        <>
          <SecretOnce label={secret.label} value={secret.value} note={note} />
          <div className="form-actions">
            {extra}
            <button type="button" className="button-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}

export function money(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined) return '—';
  return formatMoney(amount, currency);
}

export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = new Date(value);
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function ago(value: string | null | undefined): string {
  if (!value) return 'never';
  const seconds = Math.round((Date.now() - new Date(value).getTime()) / 1000);
  if (seconds < 60) return `${Math.max(0, seconds)} s ago`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h ago`;
  return `${Math.round(seconds / 86_400)} d ago`;
}

export function StatusBadge({ tone, children }: { tone: 'ok' | 'warn' | 'bad' | 'neutral'; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
