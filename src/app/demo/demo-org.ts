import { createHash } from 'node:crypto';
import type { Role } from '../../domain/people/person.js';

/** Stable GUID-shaped ids from names, so Entra-like ids are the same on every machine and restart. */
export function demoGuid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface DemoPerson {
  readonly key: string;
  readonly name: string;
  readonly title: string;
  readonly manager: string | null;
  readonly teams: readonly string[];
  readonly timezone: string;
  readonly locale: string;
  readonly roles?: readonly Role[];
}

export interface DemoTeam {
  readonly key: string;
  readonly name: string;
  readonly parent: string | null;
  readonly lead: string;
}

export interface DemoTenant {
  readonly tenantId: string;
  readonly name: string;
  readonly domain: string;
  readonly people: readonly DemoPerson[];
  readonly teams: readonly DemoTeam[];
}

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const BER = 'Europe/Berlin';
const LON = 'Europe/London';
const BLR = 'Asia/Kolkata';
const SYD = 'Australia/Sydney';

/** Contoso: four levels (CEO, VPs, managers, individual contributors), an HR admin and an OKR admin. */
export const CONTOSO: DemoTenant = {
  tenantId: demoGuid('tenant:contoso'),
  name: 'Contoso',
  domain: 'contoso.example',
  teams: [
    { key: 'leadership', name: 'Leadership', parent: null, lead: 'maria' },
    { key: 'engineering', name: 'Engineering', parent: null, lead: 'david' },
    { key: 'platform', name: 'Platform', parent: 'engineering', lead: 'priya' },
    { key: 'mobile', name: 'Mobile', parent: 'engineering', lead: 'tom' },
    { key: 'sales', name: 'Sales', parent: null, lead: 'sofia' },
    { key: 'sales-emea', name: 'Sales EMEA', parent: 'sales', lead: 'lukas' },
    { key: 'sales-americas', name: 'Sales Americas', parent: 'sales', lead: 'carlos' },
    { key: 'people', name: 'People & Culture', parent: null, lead: 'aisha' },
  ],
  people: [
    { key: 'maria', name: 'Maria Garcia', title: 'Chief Executive Officer', manager: null, teams: ['leadership'], timezone: NY, locale: 'en-US' },
    { key: 'olivia', name: 'Olivia Chen', title: 'Chief of Staff', manager: 'maria', teams: ['leadership'], timezone: NY, locale: 'en-US', roles: ['okr-admin'] },
    { key: 'david', name: 'David Okafor', title: 'VP Engineering', manager: 'maria', teams: ['leadership', 'engineering'], timezone: LON, locale: 'en-GB' },
    { key: 'sofia', name: 'Sofia Rossi', title: 'VP Sales', manager: 'maria', teams: ['leadership', 'sales'], timezone: BER, locale: 'it-IT' },
    { key: 'aisha', name: 'Aisha Rahman', title: 'VP People', manager: 'maria', teams: ['leadership', 'people'], timezone: LON, locale: 'en-GB' },
    { key: 'priya', name: 'Priya Nair', title: 'Engineering Manager, Platform', manager: 'david', teams: ['engineering', 'platform'], timezone: BLR, locale: 'en-IN' },
    { key: 'tom', name: 'Tom Becker', title: 'Engineering Manager, Mobile', manager: 'david', teams: ['engineering', 'mobile'], timezone: BER, locale: 'de-DE' },
    { key: 'lukas', name: 'Lukas Schmidt', title: 'Sales Manager, EMEA', manager: 'sofia', teams: ['sales', 'sales-emea'], timezone: BER, locale: 'de-DE' },
    { key: 'carlos', name: 'Carlos Mendes', title: 'Sales Manager, Americas', manager: 'sofia', teams: ['sales', 'sales-americas'], timezone: NY, locale: 'pt-BR' },
    { key: 'hannah', name: 'Hannah Lee', title: 'HR Business Partner', manager: 'aisha', teams: ['people'], timezone: LA, locale: 'en-US', roles: ['hr-admin'] },
    { key: 'noah', name: 'Noah Williams', title: 'Recruiter', manager: 'aisha', teams: ['people'], timezone: NY, locale: 'en-US' },
    { key: 'emma', name: 'Emma Johansson', title: 'Learning & Development Lead', manager: 'aisha', teams: ['people'], timezone: BER, locale: 'sv-SE' },
    { key: 'arjun', name: 'Arjun Mehta', title: 'Senior Software Engineer', manager: 'priya', teams: ['platform'], timezone: BLR, locale: 'en-IN' },
    { key: 'lena', name: 'Lena Fischer', title: 'Software Engineer', manager: 'priya', teams: ['platform'], timezone: BER, locale: 'de-DE' },
    { key: 'kenji', name: 'Kenji Tanaka', title: 'Site Reliability Engineer', manager: 'priya', teams: ['platform'], timezone: SYD, locale: 'en-AU' },
    { key: 'fatima', name: 'Fatima Zahra', title: 'Software Engineer', manager: 'priya', teams: ['platform'], timezone: LON, locale: 'fr-FR' },
    { key: 'ben', name: 'Ben Carter', title: 'Senior iOS Engineer', manager: 'tom', teams: ['mobile'], timezone: LON, locale: 'en-GB' },
    { key: 'chloe', name: 'Chloe Martin', title: 'Android Engineer', manager: 'tom', teams: ['mobile'], timezone: BER, locale: 'fr-FR' },
    { key: 'diego', name: 'Diego Alvarez', title: 'Product Designer', manager: 'tom', teams: ['mobile'], timezone: LA, locale: 'es-MX' },
    { key: 'sara', name: 'Sara Nilsson', title: 'QA Engineer', manager: 'tom', teams: ['mobile'], timezone: BER, locale: 'sv-SE' },
    { key: 'jonas', name: 'Jonas Weber', title: 'Account Executive', manager: 'lukas', teams: ['sales-emea'], timezone: BER, locale: 'de-DE' },
    { key: 'amelie', name: 'Amelie Dubois', title: 'Account Executive', manager: 'lukas', teams: ['sales-emea'], timezone: BER, locale: 'fr-FR' },
    { key: 'oliver', name: 'Oliver Brown', title: 'Sales Development Rep', manager: 'lukas', teams: ['sales-emea'], timezone: LON, locale: 'en-GB' },
    { key: 'isabella', name: 'Isabella Costa', title: 'Customer Success Manager', manager: 'lukas', teams: ['sales-emea'], timezone: BER, locale: 'it-IT' },
    { key: 'james', name: 'James Miller', title: 'Account Executive', manager: 'carlos', teams: ['sales-americas'], timezone: NY, locale: 'en-US' },
    { key: 'mia', name: 'Mia Thompson', title: 'Account Executive', manager: 'carlos', teams: ['sales-americas'], timezone: LA, locale: 'en-US' },
    { key: 'lucas', name: 'Lucas Silva', title: 'Sales Engineer', manager: 'carlos', teams: ['sales-americas'], timezone: NY, locale: 'pt-BR' },
    { key: 'ava', name: 'Ava Davis', title: 'Customer Success Manager', manager: 'carlos', teams: ['sales-americas'], timezone: LA, locale: 'en-US' },
    { key: 'ethan', name: 'Ethan Wilson', title: 'Sales Development Rep', manager: 'carlos', teams: ['sales-americas'], timezone: NY, locale: 'en-US' },
    { key: 'zoe', name: 'Zoe Anderson', title: 'Data Analyst', manager: 'olivia', teams: ['leadership'], timezone: NY, locale: 'en-US' },
    { key: 'ravi', name: 'Ravi Kumar', title: 'Staff Engineer', manager: 'david', teams: ['engineering', 'platform'], timezone: BLR, locale: 'en-IN' },
    { key: 'nina', name: 'Nina Petrova', title: 'Technical Writer', manager: 'tom', teams: ['mobile'], timezone: BER, locale: 'de-DE' },
  ],
};

/** Fabrikam: a small second tenant, so isolation is testable with real data on both sides. */
export const FABRIKAM: DemoTenant = {
  tenantId: demoGuid('tenant:fabrikam'),
  name: 'Fabrikam',
  domain: 'fabrikam.example',
  teams: [
    { key: 'fab-leadership', name: 'Leadership', parent: null, lead: 'fab-ceo' },
    { key: 'fab-ops', name: 'Operations', parent: null, lead: 'fab-ops-lead' },
  ],
  people: [
    { key: 'fab-ceo', name: 'Grace Hopper', title: 'Managing Director', manager: null, teams: ['fab-leadership'], timezone: LON, locale: 'en-GB', roles: ['okr-admin', 'hr-admin'] },
    { key: 'fab-ops-lead', name: 'Alan Turing', title: 'Head of Operations', manager: 'fab-ceo', teams: ['fab-leadership', 'fab-ops'], timezone: LON, locale: 'en-GB' },
    { key: 'fab-planner', name: 'Ada Lovelace', title: 'Operations Planner', manager: 'fab-ops-lead', teams: ['fab-ops'], timezone: LON, locale: 'en-GB' },
    { key: 'fab-analyst', name: 'Katherine Johnson', title: 'Operations Analyst', manager: 'fab-ops-lead', teams: ['fab-ops'], timezone: NY, locale: 'en-US' },
    { key: 'fab-buyer', name: 'Hedy Lamarr', title: 'Buyer', manager: 'fab-ops-lead', teams: ['fab-ops'], timezone: BER, locale: 'de-DE' },
  ],
};

export const DEMO_TENANTS: readonly DemoTenant[] = [CONTOSO, FABRIKAM];

export const demoPersonId = (tenant: DemoTenant, key: string): string => demoGuid(`${tenant.tenantId}:person:${key}`);
export const demoTeamId = (key: string): string => `tm-${key}`;

/** The user the local tab acts as until someone picks another: a manager with reports and OKRs. */
export const DEFAULT_DEMO_USER_KEY = 'priya';
