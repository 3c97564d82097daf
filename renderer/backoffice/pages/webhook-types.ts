// Shapes of webhook endpoints and deliveries as the back-office API returns them (API v1 shapes).
export interface WebhookEndpoint {
  id: string;
  name: string;
  url: string;
  subscribed_events: string[];
  payload: 'full' | 'thin';
  enabled: boolean;
  disabled_reason: string | null;
  disabled_at: string | null;
  locations: string[] | 'all';
  created_at: string;
  updated_at: string;
}

export interface WebhookAttempt {
  id: string;
  number: number;
  started_at: string;
  duration_ms: number;
  status_code: number | null;
  error_class: string | null;
  error_message: string | null;
  response_body: string | null;
}

export interface WebhookDelivery {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: 'pending' | 'succeeded' | 'failed';
  origin: 'event' | 'replay' | 'test';
  attempt_count: number;
  next_attempt_at: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: string;
  completed_at: string | null;
  attempts: WebhookAttempt[];
}

export interface EventTypes {
  subscribable: string[];
  data: { type: string; description: string }[];
}
