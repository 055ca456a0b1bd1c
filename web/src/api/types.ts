import type { components as Plans } from './generated/plans';
import type { components as Referrals } from './generated/referrals';
import type { components as Offers } from './generated/offers';
import type { components as Analytics } from './generated/analytics';

/** The schemas the screens show, by the names the services give them. */
export type OnePlan = Plans['schemas']['OnePlan'];
export type Worklist = Plans['schemas']['Worklist'];
export type PlansSchemas = Plans['schemas'];
export type ReferralsSchemas = Referrals['schemas'];
export type OffersSchemas = Offers['schemas'];
export type AnalyticsSchemas = Analytics['schemas'];
