import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { deliveryHeaders, generateSecret, isSecret, posSignature, standardSignature } from './webhook-signing';

describe('webhook signing', () => {
  it('generates whsec_ secrets of 32 random bytes', () => {
    const a = generateSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(isSecret(a)).toBe(true);
    expect(generateSecret()).not.toBe(a);
    expect(isSecret('whsec_short')).toBe(false);
    expect(isSecret('sk_' + a.slice(6))).toBe(false);
  });

  it('matches the Standard Webhooks reference vector', () => {
    // From the Standard Webhooks libraries' test suites.
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    expect(standardSignature([secret], 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('X-Pos-Signature is hex HMAC-SHA256 keyed by the whole secret string over "<t>.<body>", newest secret first', () => {
    const body = '{"id":"evt_1","data":{"note":"Crème brûlée"}}';
    const [s1, s2] = [generateSecret(), generateSecret()];
    const hex = (secret: string) => createHmac('sha256', secret).update(`1763893800.${body}`, 'utf8').digest('hex');
    expect(posSignature([s1], 1763893800, body)).toBe(`t=1763893800,v1=${hex(s1)}`);
    expect(posSignature([s2, s1], 1763893800, body)).toBe(`t=1763893800,v1=${hex(s2)},v1=${hex(s1)}`);
  });

  it('builds every delivery header, verifiable by the standardwebhooks package', () => {
    const secret = generateSecret();
    const body = JSON.stringify({ id: 'evt_1', type: 'order.paid' });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = deliveryHeaders({ eventId: 'evt_1', eventType: 'order.paid', deliveryId: 'dlv_1', secrets: [secret], timestamp, body });
    expect(headers).toEqual({
      'content-type': 'application/json',
      'user-agent': 'AnywherePOS-Webhooks/1',
      'x-pos-event-id': 'evt_1',
      'x-pos-event-type': 'order.paid',
      'x-pos-delivery-id': 'dlv_1',
      'x-pos-signature': posSignature([secret], timestamp, body),
      'webhook-id': 'evt_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': standardSignature([secret], 'evt_1', timestamp, body),
    });
    expect(new Webhook(secret).verify(body, headers)).toEqual({ id: 'evt_1', type: 'order.paid' });
    expect(() => new Webhook(secret).verify(body.replace('paid', 'void'), headers)).toThrow();
  });
});
