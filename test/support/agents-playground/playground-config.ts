/**
 * The Agents Playground's mock Teams world (`.m365agentsplayground.yml` at the repo root), derived
 * from the seeded Contoso people so the bot sees the same ids as the rest of local mode.
 *
 * The file is committed; this module renders it and a test checks the two agree. To regenerate:
 *   node --import tsx test/support/agents-playground/playground-config.ts --write
 *
 * The Playground's schema (0.1.1) wants `currentUser` plus exactly five `users` (minItems = maxItems
 * = 5), all ids unique: six people in all.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTOSO, demoGuid, demoPersonId } from '../../../src/app/demo/demo-org.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PLAYGROUND_CONFIG_PATH = fileURLToPath(new URL('../../../.m365agentsplayground.yml', import.meta.url));

/** The Playground's "me": the person whose personal chat and UI the Playground shows (the tab's default user too). */
export const CURRENT_USER_KEY = 'priya';
/** The five other people (schema: exactly five). Priya's reports, her manager and the OKR admin. */
export const OTHER_USER_KEYS = ['arjun', 'lena', 'kenji', 'olivia', 'david'] as const;

/** Playground user ids look like Teams' `29:` channel-account ids; the Entra object id is `aadObjectId`. */
export const playgroundUserId = (key: string): string => `29:${demoPersonId(CONTOSO, key)}`;

export const PLAYGROUND_BOT = { id: '28:tandem-local-bot', name: 'Tandem' } as const;
export const PLAYGROUND_CONVERSATIONS = {
  personalChat: `a:tandem-playground-personal-${CURRENT_USER_KEY}`,
  groupChat: '19:tandem-playground-group@thread.v2',
  team: '19:tandem-playground-platform-general@thread.tacv2',
  channel: '19:tandem-playground-platform-okrs@thread.tacv2',
} as const;

export interface PlaygroundPerson {
  readonly key: string;
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
  readonly givenName: string;
  readonly surname: string;
  readonly email: string;
}

export function playgroundPerson(key: string): PlaygroundPerson {
  const person = CONTOSO.people.find((p) => p.key === key);
  if (!person) throw new Error(`No seeded Contoso person "${key}"`);
  const [givenName = person.name, ...rest] = person.name.split(' ');
  const email = `${key}@${CONTOSO.domain}`;
  return { key, id: playgroundUserId(key), aadObjectId: demoPersonId(CONTOSO, key), name: person.name, givenName, surname: rest.join(' ') || givenName, email };
}

const q = (value: string): string => JSON.stringify(value);

function userYaml(p: PlaygroundPerson, indent: string, first: string): string {
  return [
    `${first}id: ${q(p.id)}`,
    `${indent}name: ${q(p.name)}`,
    `${indent}userPrincipleName: ${q(p.email)}`,
    `${indent}aadObjectId: ${q(p.aadObjectId)}`,
    `${indent}givenName: ${q(p.givenName)}`,
    `${indent}surname: ${q(p.surname)}`,
    `${indent}email: ${q(p.email)}`,
  ].join('\n');
}

export function renderPlaygroundConfig(): string {
  const me = playgroundPerson(CURRENT_USER_KEY);
  const users = OTHER_USER_KEYS.map(playgroundPerson);
  return [
    '# Microsoft 365 Agents Playground: the mock Teams world the Tandem bot sees in local mode.',
    '# Generated from the seeded Contoso people (src/app/demo/demo-org.ts); do not edit by hand:',
    '#   node --import tsx test/support/agents-playground/playground-config.ts --write',
    '# Schema 0.1.1: currentUser plus exactly five users. aadObjectId = demoPersonId(CONTOSO, key);',
    '# id is the Teams-style channel account id ("29:" + aadObjectId). See test/support/agents-playground/README.md.',
    'version: "0.1.1"',
    `tenantId: ${q(CONTOSO.tenantId)}`,
    'bot:',
    `  id: ${q(PLAYGROUND_BOT.id)}`,
    `  name: ${q(PLAYGROUND_BOT.name)}`,
    'currentUser:',
    userYaml(me, '  ', '  '),
    'users:',
    ...users.map((u) => userYaml(u, '    ', '  - ')),
    'personalChat:',
    `  id: ${q(PLAYGROUND_CONVERSATIONS.personalChat)}`,
    'groupChat:',
    `  id: ${q(PLAYGROUND_CONVERSATIONS.groupChat)}`,
    '  name: "Platform huddle"',
    'team:',
    `  id: ${q(PLAYGROUND_CONVERSATIONS.team)}`,
    '  name: "Platform"',
    `  aadGroupId: ${q(demoGuid(`${CONTOSO.tenantId}:team:platform`))}`,
    '  channels:',
    `    - id: ${q(PLAYGROUND_CONVERSATIONS.channel)}`,
    '      name: "OKRs"',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) {
    writeFileSync(PLAYGROUND_CONFIG_PATH, renderPlaygroundConfig());
    process.stdout.write(`wrote ${PLAYGROUND_CONFIG_PATH}\n`);
  } else {
    process.stdout.write(renderPlaygroundConfig());
  }
}
