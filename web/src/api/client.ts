import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths as PlansPaths } from './generated/plans';
import type { paths as ReferralsPaths } from './generated/referrals';
import type { paths as OffersPaths } from './generated/offers';
import type { paths as AnalyticsPaths } from './generated/analytics';
import { problemOf } from './problem';

export type Service = 'plans' | 'referrals' | 'offers' | 'analytics';

/** Where the signed-in person's access token comes from (set by the sign-in). */
let accessToken: () => string | undefined = () => undefined;

export function provideAccessToken(source: () => string | undefined): void {
  accessToken = source;
}

/**
 * Read-your-writes: each service answers a change with a Consistency-Token; sent back on the
 * reads of the same service that follow, their answer holds the change. The latest per service
 * is kept for the session.
 */
const consistency = new Map<Service, string>();

export function consistencyToken(service: Service): string | undefined {
  return consistency.get(service);
}

function middleware(service: Service): Middleware {
  return {
    onRequest({ request }) {
      const token = accessToken();
      if (token) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      const seen = consistency.get(service);
      if (seen && request.method === 'GET' && !request.headers.has('Consistency-Token')) {
        request.headers.set('Consistency-Token', seen);
      }
      return request;
    },
    async onResponse({ response }) {
      const token = response.headers.get('Consistency-Token');
      if (token) {
        consistency.set(service, token);
      }
      if (!response.ok) {
        throw await problemOf(response);
      }
      return response;
    },
  };
}

function clientOf<Paths extends {}>(service: Service): Client<Paths> {
  // fetch looked up on each call, not once at start: a test (or a service worker) may stand in for it.
  const client = createClient<Paths>({ baseUrl: `${apiOrigin()}/api/${service}`, fetch: (request) => globalThis.fetch(request) });
  client.use(middleware(service));
  return client;
}

/** The app's own origin; in unit tests (no window location), a stand-in. */
function apiOrigin(): string {
  return typeof window !== 'undefined' && window.location.origin !== 'null' ? window.location.origin : 'http://localhost';
}

export const plans = clientOf<PlansPaths>('plans');
export const referrals = clientOf<ReferralsPaths>('referrals');
export const offers = clientOf<OffersPaths>('offers');
export const analytics = clientOf<AnalyticsPaths>('analytics');

/** The version a resource was read at (its ETag), sent back as If-Match on a change made against it. */
export function ifMatch(version: number | undefined): string {
  return version === undefined ? '*' : `"${version}"`;
}
