// Webhook endpoints (filled in once the webhooks API lands).
export function WebhooksSection() {
  return null;
}
