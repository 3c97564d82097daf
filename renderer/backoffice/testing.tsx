// Shared set-up of the back office's page tests (jsdom, never shipped): a signed-in session for a role,
// a page rendered inside it, a fake of the api-client whose answers each test sets per path, and the
// modal methods jsdom's <dialog> lacks. A test file mocks the client with
//   vi.mock('../api-client', async (original) => (await import('../testing')).mockApiClient(await original()));
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { SessionContext, type SessionInfo } from './session';

/** A signed-in owner or manager of one business with no locations unless given. */
export function testSession(role: SessionInfo['user']['role'] = 'owner', overrides: Partial<SessionInfo> = {}): SessionInfo {
  return {
    user: { id: `usr_${role}`, email: `${role}@example.com`, name: role === 'owner' ? 'Owner' : 'Manager', role },
    business: { id: 'biz_1', name: 'Demo', currency: 'EUR' },
    locations: [],
    csrf_token: 'csrf',
    development: false,
    ...overrides,
  };
}

export function renderInSession(node: ReactNode, session: SessionInfo = testSession()) {
  return render(<SessionContext.Provider value={session}>{node}</SessionContext.Provider>);
}

/** The text of each body row's cells (the first `columns` of them, or all) of the table named `name`. */
export function tableCells(name: string, columns?: number): (string | null)[][] {
  return within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .slice(0, columns)
        .map((c) => c.textContent),
    );
}

type Answer = unknown | ((path: string) => unknown);

/**
 * The back office API as a page sees it: GET answers come from routes (the longest path prefix that
 * matches wins, unknown paths get an empty list page); writes echo their body. Every call is a vi.fn.
 */
export function createFakeApi() {
  const routes = new Map<string, Answer>();
  const answerFor = (path: string): unknown => {
    const prefix = [...routes.keys()].filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (prefix === undefined) return { data: [], next_cursor: null, has_more: false };
    const answer = routes.get(prefix);
    return typeof answer === 'function' ? (answer as (path: string) => unknown)(path) : answer;
  };
  const fake = {
    routes,
    get: vi.fn(async (path: string): Promise<unknown> => answerFor(path)),
    post: vi.fn(async (_path: string, body?: unknown): Promise<unknown> => body ?? {}),
    patch: vi.fn(async (_path: string, body: unknown): Promise<unknown> => body),
    del: vi.fn(async (_path: string): Promise<unknown> => ({})),
    /** Like the real save: an update answers the item with `body` applied, a create echoes `body` and `createOnly`. */
    save: vi.fn(async (path: string, id: string | undefined, body: object, createOnly: object = {}): Promise<unknown> =>
      id ? { ...(answerFor(`${path}/${id}`) as object), ...body } : { ...body, ...createOnly },
    ),
    /** Sets what GET answers for paths starting with `prefix`. */
    answer(prefix: string, answer: Answer) {
      routes.set(prefix, answer);
      return fake;
    },
    /** Forgets the routes and the recorded calls (for a beforeEach). */
    reset() {
      routes.clear();
      for (const fn of [fake.get, fake.post, fake.patch, fake.del, fake.save]) fn.mockClear();
    },
  };
  return fake;
}

/** The one fake the api-client mock below forwards to (one module instance per test file). */
export const fakeApi = createFakeApi();

/** The api-client module with its requests answered by fakeApi; everything else (ApiFailure, query) is the real one. */
export function mockApiClient(original: Record<string, unknown>): Record<string, unknown> {
  return {
    ...original,
    get: (path: string) => fakeApi.get(path),
    post: (path: string, body?: unknown) => fakeApi.post(path, body),
    patch: (path: string, body: unknown) => fakeApi.patch(path, body),
    del: (path: string) => fakeApi.del(path),
    save: (path: string, id: string | undefined, body: object, createOnly?: object) => fakeApi.save(path, id, body, createOnly),
  };
}

/** jsdom has <dialog> without its modal methods: open and close just set `open`. */
export function polyfillDialog(): void {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}
