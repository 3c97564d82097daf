// Unknown page paths say so plainly, with a way back.
import { Link } from '../router';
import { PageHeader } from '../ui';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <>
      <PageHeader title="Page not found" />
      <p>There is no back-office page at {path}.</p>
      <Link to="/">Go to the dashboard</Link>
    </>
  );
}
