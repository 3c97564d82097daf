// Location and customer events: the API v1 location and customer objects.
import { CustomerSchema } from '../../api/customers';
import { LocationSchema } from '../../api/locations';
import { LOC, define, objectData, resourceThin, updatedData, type EventDefinition } from './define';
import type { EventType } from './event-types';

const sampleLocation = {
  id: LOC,
  object: 'location',
  name: 'Café Berlin',
  address: { line1: 'Torstraße 1', city: 'Berlin', postal_code: '10119', country: 'DE' },
  timezone: 'Europe/Berlin',
  currency: 'EUR',
  tax_mode: 'inclusive',
  cash_rounding: 1,
  created_at: '2026-11-01T08:00:00.000Z',
  updated_at: '2026-11-23T08:00:00.000Z',
};
const sampleCustomer = {
  id: 'cus_01KAQ2ZY5F6G7H8J9K0M1N2P3Q',
  object: 'customer',
  name: 'Mia Schmidt',
  email: 'mia@example.com',
  phone: '+49 30 1234567',
  note: '',
  livemode: true,
  created_at: '2026-11-20T10:00:00.000Z',
  updated_at: '2026-11-23T08:00:00.000Z',
};
export const CUSTOMER_EVENTS = {
  'location.updated': define(
    'location.updated',
    'A location changed (API v1 or the back office); data.previous_attributes holds the old values of what changed.',
    updatedData(LocationSchema),
    sampleLocation,
    resourceThin('locations'),
    false,
    { previous_attributes: { name: 'Café Mitte' } },
  ),
  'customer.created': define(
    'customer.created',
    'A customer was created (API v1).',
    objectData(CustomerSchema),
    sampleCustomer,
    resourceThin('customers'),
    false,
  ),
  'customer.updated': define(
    'customer.updated',
    'A customer changed; data.previous_attributes holds the old values of what changed.',
    updatedData(CustomerSchema),
    sampleCustomer,
    resourceThin('customers'),
    false,
    { previous_attributes: { phone: null } },
  ),
} satisfies Partial<Record<EventType, EventDefinition>>;
