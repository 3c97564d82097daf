// Events browser: the events feed (the same envelopes webhooks deliver), filtered by type and start time.
import { useState } from 'react';
import { get, query } from '../api-client';
import { TableHead } from '../list-view';
import { locationName, useSession } from '../session';
import { Empty, ErrorBanner, Loading, dateTime, useAction, useLoad } from '../ui';
import { toLocalInput } from './webhook-detail-page';
import type { EventTypesView } from '../../../core/api/backoffice';

interface EventEnvelope {
  id: string;
  type: string;
  created_at: string;
  occurred_at: string;
  cursor: string;
  location_id: string | null;
  device_id: string | null;
  data: Record<string, unknown>;
}

interface FeedPage {
  data: EventEnvelope[];
  next_cursor: string;
  has_more: boolean;
}

export function EventsSection() {
  const session = useSession();
  const types = useLoad(() => get<EventTypesView>('/event-types'), []);
  const [type, setType] = useState('');
  const [since, setSince] = useState(() => toLocalInput(new Date(Date.now() - 24 * 3_600_000)));
  const sinceIso = since ? new Date(since).toISOString() : undefined;
  const feed = useLoad(() => get<FeedPage>(`/events${query({ types: type, since: sinceIso, limit: 50 })}`), [type, sinceIso]);
  const [more, setMore] = useState<EventEnvelope[]>([]);
  const [next, setNext] = useState<{ cursor: string; hasMore: boolean } | null>(null);
  const loadMore = useAction();

  const cursor = next ?? (feed.data ? { cursor: feed.data.next_cursor, hasMore: feed.data.has_more } : null);
  const events = [...(feed.data?.data ?? []), ...more];

  const reset = () => {
    setMore([]);
    setNext(null);
  };
  const fetchMore = async () => {
    if (!cursor) return;
    const page = await loadMore.run(() => get<FeedPage>(`/events${query({ types: type, since: cursor.cursor, limit: 50 })}`));
    if (page) {
      setMore([...more, ...page.data]);
      setNext({ cursor: page.next_cursor, hasMore: page.has_more });
    }
  };

  return (
    <section className="card" aria-labelledby="events-title">
      <h2 id="events-title">Events</h2>
      <p className="muted">
        Every change recorded by the cloud, oldest first from the chosen time — the same envelopes webhooks deliver and integrators read from GET
        /api/v1/events.
      </p>
      <div className="filters">
        <div>
          <label htmlFor="event-type">Type</label>
          <select
            id="event-type"
            value={type}
            onChange={(e) => {
              setType(e.target.value);
              reset();
            }}
          >
            <option value="">All types</option>
            {(types.data?.data ?? []).map((t) => (
              <option key={t.type} value={t.type}>
                {t.type}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="event-since">Since</label>
          <input
            id="event-since"
            type="datetime-local"
            value={since}
            onChange={(e) => {
              setSince(e.target.value);
              reset();
            }}
          />
        </div>
        <button
          type="button"
          onClick={() => {
            reset();
            feed.reload();
          }}
        >
          Refresh
        </button>
      </div>
      <ErrorBanner error={feed.error ?? loadMore.error} />
      {feed.loading && !feed.data ? <Loading what="events" /> : null}
      {feed.data && events.length === 0 ? <Empty>No events in this window.</Empty> : null}
      {events.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label="Events">
            <TableHead columns={['Recorded', 'Occurred', 'Type', 'Location', 'Event']} />
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td>{dateTime(e.created_at)}</td>
                  <td>{dateTime(e.occurred_at)}</td>
                  <td className="mono">{e.type}</td>
                  <td>{locationName(session, e.location_id)}</td>
                  <td>
                    <details>
                      <summary className="mono small">{e.id}</summary>
                      <pre className="body">{JSON.stringify(e, null, 2)}</pre>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {cursor?.hasMore ? (
        <div className="form-actions">
          <button type="button" onClick={() => void fetchMore()} disabled={loadMore.busy}>
            {loadMore.busy ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : null}
    </section>
  );
}
