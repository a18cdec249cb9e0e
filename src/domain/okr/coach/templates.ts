import type { KeyResultSpec } from '../key-result.js';

/** A small library of example objectives with key results, by function, to browse and copy. */
export const TEMPLATE_FUNCTIONS = ['sales', 'engineering', 'support', 'marketing', 'people'] as const;
export type TemplateFunction = (typeof TEMPLATE_FUNCTIONS)[number];

export const TEMPLATE_FUNCTION_NAMES: Readonly<Record<TemplateFunction, string>> = {
  sales: 'Sales',
  engineering: 'Engineering',
  support: 'Customer support',
  marketing: 'Marketing',
  people: 'People',
};

export interface TemplateKeyResult {
  readonly title: string;
  readonly spec: KeyResultSpec;
}

export interface OkrTemplate {
  readonly id: string;
  readonly function: TemplateFunction;
  readonly title: string;
  readonly description: string;
  readonly keyResults: readonly TemplateKeyResult[];
}

const inc = (start: number, target: number, unit: 'number' | 'percent' = 'number'): KeyResultSpec => ({ type: 'increase-to', start, target, unit });
const usd = (start: number, target: number): KeyResultSpec => ({ type: 'increase-to', start, target, unit: 'currency', currency: 'USD' });
const dec = (start: number, target: number, unit: 'number' | 'percent' = 'number'): KeyResultSpec => ({ type: 'decrease-to', start, target, unit });
const above = (threshold: number, unit: 'number' | 'percent' = 'percent'): KeyResultSpec => ({ type: 'guardrail', direction: 'stay-above', threshold, unit });
const below = (threshold: number, unit: 'number' | 'percent' = 'number'): KeyResultSpec => ({ type: 'guardrail', direction: 'stay-below', threshold, unit });

/**
 * Examples, not targets: the numbers show the shape of a good key result (a start, a target, a
 * unit) and are meant to be replaced with the team's own. Every template passes the coach's checks.
 */
export const OKR_TEMPLATES: readonly OkrTemplate[] = [
  {
    id: 'sales-predictable-pipeline',
    function: 'sales',
    title: 'Make the quarter’s number predictable',
    description: 'A healthy pipeline lets us plan hiring and spend with confidence.',
    keyResults: [
      { title: 'Qualified pipeline from $2M to $6M', spec: usd(2_000_000, 6_000_000) },
      { title: 'Forecast accuracy from 60% to 85%', spec: inc(60, 85, 'percent') },
      { title: 'Deals without a next step from 30% to 10%', spec: dec(30, 10, 'percent') },
    ],
  },
  {
    id: 'sales-win-segment',
    function: 'sales',
    title: 'Become the first choice for mid-sized customers',
    description: 'Mid-sized customers grow fastest with us and stay longest.',
    keyResults: [
      { title: 'Win rate against the main competitor from 25% to 40%', spec: inc(25, 40, 'percent') },
      { title: 'New mid-market customers from 0 to 30', spec: inc(0, 30) },
      { title: 'Sales cycle from 90 to 60 days', spec: dec(90, 60) },
    ],
  },
  {
    id: 'engineering-fast-reliable',
    function: 'engineering',
    title: 'Customers trust the product to be there when they need it',
    description: 'Reliability is the feature every other feature depends on.',
    keyResults: [
      { title: 'Availability stays above 99.9%', spec: above(99.9) },
      { title: 'Customer-facing incidents from 12 to 4 a month', spec: dec(12, 4) },
      { title: 'Mean time to recovery from 90 to 30 minutes', spec: dec(90, 30) },
    ],
  },
  {
    id: 'engineering-flow',
    function: 'engineering',
    title: 'Ideas reach customers in days, not months',
    description: 'Short lead times let us learn from customers faster than competitors.',
    keyResults: [
      { title: 'Lead time from commit to production from 5 days to 1 day', spec: dec(5, 1) },
      { title: 'Deploys per week from 3 to 20', spec: inc(3, 20) },
      { title: 'Change failure rate stays below 15%', spec: below(15, 'percent') },
    ],
  },
  {
    id: 'support-effortless',
    function: 'support',
    title: 'Getting help feels effortless',
    description: 'Every support conversation is a chance to earn loyalty.',
    keyResults: [
      { title: 'Customer satisfaction from 82% to 92%', spec: inc(82, 92, 'percent') },
      { title: 'First response time from 8 hours to 1 hour', spec: dec(8, 1) },
      { title: 'Tickets solved in the first reply from 35% to 55%', spec: inc(35, 55, 'percent') },
    ],
  },
  {
    id: 'support-self-service',
    function: 'support',
    title: 'Customers find answers on their own',
    description: 'Good self-service frees the team for the questions that need a person.',
    keyResults: [
      { title: 'Help-centre searches that end without a ticket from 50% to 75%', spec: inc(50, 75, 'percent') },
      { title: 'Tickets per 1,000 active customers from 40 to 25', spec: dec(40, 25) },
      { title: 'Customer satisfaction stays above 85%', spec: above(85) },
    ],
  },
  {
    id: 'marketing-demand',
    function: 'marketing',
    title: 'Fill the funnel with people who are ready to buy',
    description: 'Sales grows when marketing brings the right conversations, not just more of them.',
    keyResults: [
      { title: 'Marketing-qualified leads from 400 to 900 a month', spec: inc(400, 900) },
      { title: 'Lead-to-opportunity conversion from 8% to 14%', spec: inc(8, 14, 'percent') },
      { title: 'Cost per qualified lead stays below $120', spec: { type: 'guardrail', direction: 'stay-below', threshold: 120, unit: 'currency', currency: 'USD' } },
    ],
  },
  {
    id: 'marketing-brand',
    function: 'marketing',
    title: 'Our customers tell others about us',
    description: 'Word of mouth is the most credible channel we have.',
    keyResults: [
      { title: 'Net promoter score from 30 to 45', spec: inc(30, 45) },
      { title: 'Share of new sign-ups from referrals from 10% to 20%', spec: inc(10, 20, 'percent') },
      { title: 'Published customer stories from 2 to 10', spec: inc(2, 10) },
    ],
  },
  {
    id: 'people-hiring',
    function: 'people',
    title: 'Great people choose to join us',
    description: 'Hiring well and quickly is how we keep our promises to customers.',
    keyResults: [
      { title: 'Time to hire from 60 to 40 days', spec: dec(60, 40) },
      { title: 'Offer acceptance from 70% to 85%', spec: inc(70, 85, 'percent') },
      { title: 'Candidate experience score from 4.0 to 4.5', spec: inc(4, 4.5) },
    ],
  },
  {
    id: 'people-growth',
    function: 'people',
    title: 'Everyone knows how to grow here',
    description: 'People stay where they can see their next step.',
    keyResults: [
      { title: 'People with a development conversation this quarter from 40% to 90%', spec: inc(40, 90, 'percent') },
      { title: 'Engagement score on growth from 65 to 75', spec: inc(65, 75) },
      { title: 'Regretted attrition stays below 8%', spec: below(8, 'percent') },
    ],
  },
];

/** Words that hint at a function, for matching an objective or team name to templates. */
export const TEMPLATE_FUNCTION_KEYWORDS: Readonly<Record<TemplateFunction, readonly string[]>> = {
  sales: ['sales', 'sell', 'deal', 'pipeline', 'revenue', 'arr', 'logo', 'customer', 'quota', 'account', 'win', 'market'],
  engineering: ['engineering', 'platform', 'reliability', 'deploy', 'release', 'code', 'latency', 'uptime', 'availability', 'incident', 'performance', 'mobile', 'app', 'fast', 'speed', 'infrastructure'],
  support: ['support', 'ticket', 'help', 'service', 'satisfaction', 'csat', 'response', 'success'],
  marketing: ['marketing', 'brand', 'lead', 'campaign', 'awareness', 'funnel', 'content', 'referral', 'promoter', 'nps'],
  people: ['people', 'hiring', 'hire', 'talent', 'recruit', 'engagement', 'onboarding', 'culture', 'career', 'retention', 'learning', 'growth'],
};
