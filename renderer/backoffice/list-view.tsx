// Lists on back-office pages: the loading / error / empty states around a loaded list, table column
// headers, the row's Edit button, and Newer/Older paging over API cursors.
import { useState, type ReactNode } from 'react';
import { Empty, ErrorBanner, Loading, Notice, type Loaded } from './ui';

/** The states of a loaded `{data: […]}` list in page order: error (its own or `error`), `notice`, loading, empty, then `children`. */
export function ListView<P extends { data: readonly unknown[] }>({
  list,
  what,
  empty,
  error,
  notice,
  children,
}: {
  list: Loaded<P>;
  what: string;
  empty: ReactNode;
  error?: string | null;
  notice?: string | null;
  children: (page: P) => ReactNode;
}) {
  return (
    <>
      <ErrorBanner error={list.error ?? error} />
      {notice ? <Notice>{notice}</Notice> : null}
      {list.loading && !list.data ? <Loading what={what} /> : null}
      {list.data && list.data.data.length === 0 ? <Empty>{empty}</Empty> : null}
      {list.data && list.data.data.length > 0 ? children(list.data) : null}
    </>
  );
}

/** A column header: plain text, or `num()` for a right-aligned number column. */
export type Column = string | { label: string; num: true };
export const num = (label: string): Column => ({ label, num: true });

/** Column headers; `actions` adds the last column for row buttons, named for screen readers only. */
export function TableHead({ columns, actions = false }: { columns: readonly Column[]; actions?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map((c) =>
          typeof c === 'string' ? (
            <th key={c} scope="col">
              {c}
            </th>
          ) : (
            <th key={c.label} scope="col" className="num">
              {c.label}
            </th>
          ),
        )}
        {actions ? (
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

/** A row's Edit button; screen readers hear which row ("Edit Latte"). */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <button type="button" className="button-small" onClick={onClick}>
      Edit<span className="visually-hidden"> {name}</span>
    </button>
  );
}

/** Newest-first paging: the cursors of the pages walked so far, so "Newer" goes back one page. */
export function usePager() {
  const [pages, setPages] = useState<string[]>(['']);
  return {
    cursor: pages.at(-1) ?? '',
    hasNewer: pages.length > 1,
    reset: () => setPages(['']),
    /** Wraps a filter's setter: a changed filter starts again from the newest page. */
    filter:
      <T,>(set: (value: T) => void) =>
      (value: T) => {
        set(value);
        setPages(['']);
      },
    newer: () => setPages(pages.slice(0, -1)),
    older: (cursor: string) => setPages([...pages, cursor]),
  };
}
export type Pager = ReturnType<typeof usePager>;

/** Newer / Older buttons; `next` is the cursor of the next (older) page, if there is one. */
export function PagerButtons({ pager, next }: { pager: Pager; next: string | null | undefined }) {
  return (
    <div className="form-actions">
      {pager.hasNewer ? (
        <button type="button" onClick={pager.newer}>
          Newer
        </button>
      ) : null}
      {next ? (
        <button type="button" onClick={() => pager.older(next)}>
          Older
        </button>
      ) : null}
    </div>
  );
}
