// Pages not built yet say so plainly instead of showing nothing.
import { PageHeader } from '../ui';

export function PlaceholderPage({ path }: { path: string }) {
  return (
    <>
      <PageHeader title="Coming soon" />
      <p>The page {path} is not available in this version of the back office yet.</p>
    </>
  );
}
