import type { KeyResultSpec } from '../../domain/okr/key-result.js';
import type { Commitment, ObjectiveLevel } from '../../domain/okr/objective.js';

/** A key result of the demo world; `pace` is how far along it is by now (1 = on target, above 1 = ahead). */
export interface DemoKeyResult {
  readonly title: string;
  readonly owner: string;
  readonly spec: KeyResultSpec;
  readonly pace: number;
  readonly confidence: number;
  readonly weight?: number;
}

export interface DemoObjective {
  readonly key: string;
  readonly level: ObjectiveLevel;
  /** A person key for individual and company objectives, a team key for team objectives. */
  readonly owner: string;
  readonly title: string;
  readonly description?: string;
  readonly commitment?: Commitment;
  readonly alignTo?: readonly (readonly [objectiveKey: string, keyResultIndex?: number])[];
  readonly state?: 'draft' | 'proposed' | 'active';
  readonly contributors?: readonly string[];
  readonly keyResults: readonly DemoKeyResult[];
}

const inc = (start: number, target: number, unit: 'number' | 'percent' | 'currency' = 'number'): KeyResultSpec =>
  unit === 'currency' ? { type: 'increase-to', start, target, unit, currency: 'USD' } : { type: 'increase-to', start, target, unit };
const dec = (start: number, target: number, unit: 'number' | 'percent' = 'number'): KeyResultSpec => ({ type: 'decrease-to', start, target, unit });
const steps = (...names: string[]): KeyResultSpec => ({ type: 'milestone', steps: names });
const binary: KeyResultSpec = { type: 'binary' };
const above = (threshold: number, unit: 'number' | 'percent' = 'percent'): KeyResultSpec => ({ type: 'guardrail', direction: 'stay-above', threshold, unit });
const below = (threshold: number, unit: 'number' | 'percent' = 'number'): KeyResultSpec => ({ type: 'guardrail', direction: 'stay-below', threshold, unit });

/** Contoso's current quarter: company objectives down to individuals, with one unaligned team objective. */
export const CONTOSO_CURRENT: readonly DemoObjective[] = [
  {
    key: 'co-customers', level: 'company', owner: 'maria', commitment: 'committed',
    title: 'Customers love how fast and reliable Contoso is',
    description: 'Speed and reliability are what customers mention first when they recommend us.',
    keyResults: [
      { title: 'Raise NPS from 32 to 45', owner: 'maria', spec: inc(32, 45), pace: 0.8, confidence: 6 },
      { title: 'Cut p95 page load from 2.4 s to 1.2 s', owner: 'david', spec: dec(2.4, 1.2), pace: 0.9, confidence: 7 },
      { title: 'Keep availability above 99.9%', owner: 'david', spec: above(99.9), pace: 1, confidence: 8 },
    ],
  },
  {
    key: 'co-growth', level: 'company', owner: 'maria', commitment: 'aspirational',
    title: 'Win the mid-market in Europe and the Americas',
    keyResults: [
      { title: 'Grow new annual recurring revenue from $0 to $4M', owner: 'sofia', spec: inc(0, 4_000_000, 'currency'), pace: 0.7, confidence: 5 },
      { title: 'Sign 40 new mid-market logos', owner: 'sofia', spec: inc(0, 40), pace: 0.85, confidence: 6 },
      { title: 'Lower churn from 6% to 3%', owner: 'sofia', spec: dec(6, 3, 'percent'), pace: 0.5, confidence: 4 },
    ],
  },
  {
    key: 'co-people', level: 'company', owner: 'olivia', commitment: 'aspirational',
    title: 'Build a place where great people do their best work',
    keyResults: [
      { title: 'Raise engagement score from 72 to 80', owner: 'aisha', spec: inc(72, 80), pace: 0.9, confidence: 7 },
      { title: 'Hire 12 engineers', owner: 'aisha', spec: inc(0, 12), pace: 0.6, confidence: 4 },
      { title: 'Launch the career framework', owner: 'aisha', spec: steps('Draft levels', 'Calibrate with managers', 'Publish', 'First promotions under it'), pace: 0.8, confidence: 7 },
    ],
  },
  {
    key: 'eng-speed', level: 'team', owner: 'engineering', alignTo: [['co-customers', 1]],
    title: 'Make every page feel instant',
    keyResults: [
      { title: 'Serve 90% of API calls from the edge cache', owner: 'ravi', spec: inc(40, 90, 'percent'), pace: 0.9, confidence: 7 },
      { title: 'Cut JavaScript shipped on first load from 900 KB to 400 KB', owner: 'tom', spec: dec(900, 400), pace: 1.05, confidence: 8 },
      { title: 'Zero pages slower than 3 s at p95', owner: 'david', spec: dec(14, 0), pace: 0.7, confidence: 6 },
    ],
  },
  {
    key: 'plat-reliability', level: 'team', owner: 'platform', alignTo: [['co-customers', 2]], contributors: ['ravi'],
    title: 'Run a platform nobody has to think about',
    keyResults: [
      { title: 'Reduce paging incidents from 22 to 6 a month', owner: 'kenji', spec: dec(22, 6), pace: 0.75, confidence: 6 },
      { title: 'Automate 100% of database failovers', owner: 'arjun', spec: inc(20, 100, 'percent'), pace: 0.55, confidence: 3 },
      { title: 'Error budget stays above 25%', owner: 'priya', spec: above(25), pace: 1, confidence: 8 },
    ],
  },
  {
    key: 'plat-devex', level: 'team', owner: 'platform', alignTo: [['eng-speed']],
    title: 'Ship changes to production in minutes, not hours',
    keyResults: [
      { title: 'Cut median deploy time from 45 to 10 minutes', owner: 'lena', spec: dec(45, 10), pace: 0.8, confidence: 7 },
      { title: 'Preview environments for every pull request', owner: 'fatima', spec: binary, pace: 0, confidence: 5 },
    ],
  },
  {
    key: 'mob-perf', level: 'team', owner: 'mobile', alignTo: [['eng-speed']],
    title: 'The mobile app opens before you finish blinking',
    keyResults: [
      { title: 'Cold start from 3.1 s to 1.5 s', owner: 'ben', spec: dec(3.1, 1.5), pace: 0.95, confidence: 8 },
      { title: 'Crash-free sessions above 99.5%', owner: 'chloe', spec: above(99.5), pace: 1, confidence: 9 },
      { title: 'App store rating from 4.1 to 4.6', owner: 'diego', spec: inc(4.1, 4.6), pace: 0.6, confidence: 5 },
    ],
  },
  {
    key: 'mob-redesign', level: 'team', owner: 'mobile',
    title: 'Ship the redesigned navigation',
    keyResults: [
      { title: 'Redesign milestones', owner: 'diego', spec: steps('Research', 'Prototype', 'Usability test', 'Beta', 'General release'), pace: 0.7, confidence: 6 },
      { title: 'Support tickets about navigation below 20 a week', owner: 'sara', spec: below(20), pace: 1, confidence: 7 },
    ],
  },
  {
    key: 'sales-pipeline', level: 'team', owner: 'sales', alignTo: [['co-growth', 0]],
    title: 'Build a pipeline that makes the number predictable',
    keyResults: [
      { title: 'Qualified pipeline from $2M to $12M', owner: 'sofia', spec: inc(2_000_000, 12_000_000, 'currency'), pace: 0.8, confidence: 6 },
      { title: 'Forecast accuracy from 60% to 90%', owner: 'carlos', spec: inc(60, 90, 'percent'), pace: 0.5, confidence: 4 },
    ],
  },
  {
    key: 'emea-logos', level: 'team', owner: 'sales-emea', alignTo: [['co-growth', 1]],
    title: 'Become the default choice for German and French mid-market',
    keyResults: [
      { title: 'Sign 18 new logos in DACH and France', owner: 'lukas', spec: inc(0, 18), pace: 0.9, confidence: 7 },
      { title: 'Win rate from 18% to 30%', owner: 'jonas', spec: inc(18, 30, 'percent'), pace: 0.6, confidence: 5 },
      { title: 'Localised onboarding in German and French', owner: 'isabella', spec: steps('German', 'French'), pace: 1, confidence: 9 },
    ],
  },
  {
    key: 'amer-logos', level: 'team', owner: 'sales-americas', alignTo: [['co-growth', 1]],
    title: 'Double down on the Americas mid-market',
    keyResults: [
      { title: 'Sign 22 new logos', owner: 'carlos', spec: inc(0, 22), pace: 0.7, confidence: 5 },
      { title: 'Gross churn from 6% to 3%', owner: 'ava', spec: dec(6, 3, 'percent'), pace: 0.4, confidence: 3 },
      { title: 'Average deal size from $60k to $85k', owner: 'james', spec: inc(60_000, 85_000, 'currency'), pace: 0.8, confidence: 6 },
    ],
  },
  {
    key: 'people-hiring', level: 'team', owner: 'people', alignTo: [['co-people', 1]],
    title: 'Hire great engineers faster',
    keyResults: [
      { title: 'Time to hire from 62 to 40 days', owner: 'noah', spec: dec(62, 40), pace: 0.7, confidence: 5 },
      { title: 'Offer acceptance from 70% to 85%', owner: 'noah', spec: inc(70, 85, 'percent'), pace: 0.9, confidence: 7 },
      { title: 'Every new hire has an onboarding buddy', owner: 'emma', spec: binary, pace: 1, confidence: 9 },
    ],
  },
  {
    key: 'arjun-failover', level: 'individual', owner: 'arjun', alignTo: [['plat-reliability', 1]],
    title: 'Database failover becomes boring',
    keyResults: [
      { title: 'Failover runbook automated', owner: 'arjun', spec: steps('Design', 'Staging drill', 'Production drill', 'Automated'), pace: 0.5, confidence: 4 },
      { title: 'Failover time from 9 to 1 minute', owner: 'arjun', spec: dec(9, 1), pace: 0.6, confidence: 5 },
    ],
  },
  {
    key: 'kenji-oncall', level: 'individual', owner: 'kenji', alignTo: [['plat-reliability', 0]],
    title: 'Make on-call humane',
    keyResults: [
      { title: 'Noisy alerts from 40 to 5', owner: 'kenji', spec: dec(40, 5), pace: 0.85, confidence: 7 },
      { title: 'Out-of-hours pages per person below 3 a month', owner: 'kenji', spec: below(3), pace: 1, confidence: 7 },
    ],
  },
  {
    key: 'ben-startup', level: 'individual', owner: 'ben', alignTo: [['mob-perf', 0]],
    title: 'Strip the iOS launch path to the bone',
    keyResults: [
      { title: 'Launch-time work from 38 to 12 tasks', owner: 'ben', spec: dec(38, 12), pace: 1, confidence: 8 },
      { title: 'Launch traces in CI for every build', owner: 'ben', spec: binary, pace: 1, confidence: 9 },
    ],
  },
  {
    key: 'jonas-wins', level: 'individual', owner: 'jonas', alignTo: [['emea-logos', 1]],
    title: 'Win more of the deals I already have',
    keyResults: [
      { title: 'Close 7 new logos', owner: 'jonas', spec: inc(0, 7), pace: 0.85, confidence: 6 },
      { title: 'Run 20 discovery workshops', owner: 'jonas', spec: inc(0, 20), pace: 1.1, confidence: 8 },
    ],
  },
  {
    key: 'james-deals', level: 'individual', owner: 'james', alignTo: [['amer-logos', 2]],
    title: 'Sell the whole platform, not a single module',
    keyResults: [
      { title: 'Multi-module deals from 20% to 50%', owner: 'james', spec: inc(20, 50, 'percent'), pace: 0.6, confidence: 5 },
      { title: 'Close $900k in new bookings', owner: 'james', spec: inc(0, 900_000, 'currency'), pace: 0.75, confidence: 6 },
    ],
  },
  {
    key: 'hannah-reviews', level: 'individual', owner: 'hannah', alignTo: [['co-people', 2]],
    title: 'Managers feel ready for the year-end cycle',
    keyResults: [
      { title: 'Train 30 managers on calibration', owner: 'hannah', spec: inc(0, 30), pace: 0.8, confidence: 7 },
      { title: 'Manager readiness survey from 55% to 80%', owner: 'hannah', spec: inc(55, 80, 'percent'), pace: 0.7, confidence: 6 },
    ],
  },
  {
    key: 'lena-pipelines', level: 'individual', owner: 'lena', alignTo: [['plat-devex', 0]], state: 'proposed',
    title: 'Pipelines that never make you wait',
    keyResults: [
      { title: 'CI time from 25 to 8 minutes', owner: 'lena', spec: dec(25, 8), pace: 0, confidence: 6 },
      { title: 'Flaky tests from 30 to 0', owner: 'lena', spec: dec(30, 0), pace: 0, confidence: 5 },
    ],
  },
  {
    key: 'fatima-previews', level: 'individual', owner: 'fatima', alignTo: [['plat-devex', 1]], state: 'draft',
    title: 'Preview environments people actually use',
    keyResults: [{ title: 'Preview environments launched', owner: 'fatima', spec: binary, pace: 0, confidence: 5 }],
  },
];

/** Contoso's previous quarter: closed and graded, with reflections. */
export const CONTOSO_PREVIOUS: readonly DemoObjective[] = [
  {
    key: 'prev-co-reliability', level: 'company', owner: 'maria',
    title: 'Earn back trust after the spring outages',
    keyResults: [
      { title: 'Availability from 99.5% to 99.95%', owner: 'david', spec: inc(99.5, 99.95, 'percent'), pace: 0.8, confidence: 7 },
      { title: 'Publish a status page with history', owner: 'david', spec: binary, pace: 1, confidence: 9 },
    ],
  },
  {
    key: 'prev-co-revenue', level: 'company', owner: 'maria',
    title: 'Prove the mid-market motion works',
    keyResults: [
      { title: 'Sign 25 mid-market logos', owner: 'sofia', spec: inc(0, 25), pace: 0.64, confidence: 5 },
      { title: 'New ARR from $0 to $2.5M', owner: 'sofia', spec: inc(0, 2_500_000, 'currency'), pace: 0.72, confidence: 6 },
    ],
  },
  {
    key: 'prev-plat', level: 'team', owner: 'platform', alignTo: [['prev-co-reliability', 0]],
    title: 'No single point of failure in the data tier',
    keyResults: [
      { title: 'Replicate every database across zones', owner: 'arjun', spec: inc(30, 100, 'percent'), pace: 0.9, confidence: 7 },
      { title: 'Chaos drills run', owner: 'kenji', spec: inc(0, 6), pace: 1, confidence: 8 },
    ],
  },
  {
    key: 'prev-mobile', level: 'team', owner: 'mobile', alignTo: [['prev-co-reliability']],
    title: 'A crash-free mobile app',
    keyResults: [
      { title: 'Crash-free sessions from 98% to 99.5%', owner: 'chloe', spec: inc(98, 99.5, 'percent'), pace: 1, confidence: 9 },
      { title: 'Release every two weeks', owner: 'tom', spec: inc(0, 6), pace: 1, confidence: 9 },
    ],
  },
  {
    key: 'prev-emea', level: 'team', owner: 'sales-emea', alignTo: [['prev-co-revenue', 0]],
    title: 'Open the DACH market',
    keyResults: [
      { title: 'Sign 10 DACH logos', owner: 'lukas', spec: inc(0, 10), pace: 0.5, confidence: 4 },
      { title: 'Hire two German-speaking AEs', owner: 'lukas', spec: inc(0, 2), pace: 1, confidence: 8 },
    ],
  },
];

export const PREVIOUS_REFLECTIONS: Readonly<Record<string, string>> = {
  'prev-co-reliability': 'Availability recovered faster than we feared; the status page changed how customers talk to support.',
  'prev-co-revenue': 'The motion works but takes longer than planned: deals need a second technical workshop.',
  'prev-plat': 'Replication landed everywhere but the legacy billing database; chaos drills found two real bugs.',
  'prev-mobile': 'We hit both; next time the crash target should be more ambitious.',
  'prev-emea': 'Hiring went well; pipeline came too late to close this quarter. Carry the logo target forward.',
};

export const FABRIKAM_CURRENT: readonly DemoObjective[] = [
  {
    key: 'fab-co', level: 'company', owner: 'fab-ceo',
    title: 'Deliver every order on time',
    keyResults: [
      { title: 'On-time delivery from 87% to 97%', owner: 'fab-ops-lead', spec: inc(87, 97, 'percent'), pace: 0.8, confidence: 6 },
      { title: 'Stock-outs from 12 to 2 a month', owner: 'fab-buyer', spec: dec(12, 2), pace: 0.7, confidence: 5 },
    ],
  },
  {
    key: 'fab-ops-obj', level: 'team', owner: 'fab-ops', alignTo: [['fab-co', 0]],
    title: 'Plan capacity a month ahead',
    keyResults: [{ title: 'Forecast error from 25% to 10%', owner: 'fab-planner', spec: dec(25, 10, 'percent'), pace: 0.6, confidence: 5 }],
  },
  {
    key: 'fab-analyst-obj', level: 'individual', owner: 'fab-analyst', alignTo: [['fab-ops-obj']],
    title: 'One dashboard for the whole supply chain',
    keyResults: [{ title: 'Dashboard rollout', owner: 'fab-analyst', spec: steps('Data model', 'Pilot', 'Rollout'), pace: 0.7, confidence: 7 }],
  },
];
