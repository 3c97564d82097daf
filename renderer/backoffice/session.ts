// The signed-in session as the page knows it (mirrors GET /backoffice/api/session).
import { createContext, useContext } from 'react';

export interface LocationInfo {
  id: string;
  name: string;
  currency: string;
  timezone: string;
  tax_mode: string;
}

export interface SessionInfo {
  user: { id: string; email: string; name: string; role: 'owner' | 'manager' };
  business: { id: string; name: string; currency: string } | null;
  locations: LocationInfo[];
  csrf_token: string;
  /** The service runs with POS_WEBHOOK_ALLOW_PRIVATE=1 (the `npm start` demo): loopback webhook receivers are allowed. */
  development: boolean;
}

export const SessionContext = createContext<SessionInfo | null>(null);

export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

export function locationName(session: SessionInfo, id: string | null | undefined): string {
  if (!id) return '—';
  return session.locations.find((l) => l.id === id)?.name ?? id;
}
