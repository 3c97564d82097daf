// One webhook endpoint with its deliveries (filled in once the webhooks API lands).
export function WebhookDetailPage({ id }: { id: string }) {
  return <p>{id}</p>;
}
