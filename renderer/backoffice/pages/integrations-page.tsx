// Settings → Integrations: "API & Webhooks" (keys and endpoints) and the events browser.
import { Link } from '../router';
import { useSession } from '../session';
import { Notice, PageHeader } from '../ui';
import { ApiKeysSection } from './api-keys-section';
import { EventsSection } from './events-section';
import { WebhooksSection } from './webhooks-section';

const TABS = [
  { to: '/settings/integrations', label: 'API & Webhooks' },
  { to: '/settings/integrations/events', label: 'Events' },
];

export function IntegrationsPage({ path }: { path: string }) {
  const session = useSession();
  const tab = path.startsWith('/settings/integrations/events') ? 'events' : 'api';
  return (
    <>
      <PageHeader title="Integrations" />
      <nav className="tabs" aria-label="Integrations">
        {TABS.map((t) => (
          <Link key={t.to} to={t.to} className="tab" current={(tab === 'events') === t.to.endsWith('/events')}>
            {t.label}
          </Link>
        ))}
      </nav>
      {tab === 'events' ? (
        <EventsSection />
      ) : session.user.role === 'owner' ? (
        <>
          <ApiKeysSection />
          <WebhooksSection />
        </>
      ) : (
        <>
          <Notice>API keys and webhook endpoints are managed by the business owner. You can browse webhook deliveries and events.</Notice>
          <WebhooksSection />
        </>
      )}
    </>
  );
}
