import assert from 'node:assert/strict';
import { matchCommand } from '../../bot/command-table.js';
import { parsePause } from '../../bot/commands/pause.js';
import { pickTeam } from '../../bot/commands/team-summary.js';
import { checkInCardDataSchema, parseCheckInForm } from '../../bot/checkin/checkin-form.js';
import { formatTarget, formatValue } from '../../bot/checkin/format.js';
import { createTabLinks } from '../../bot/tab-links.js';
import { activityTenantId, conversationScope } from '../../bot/turn-identity.js';
import { parseSlot } from '../../bot/verbs/settings-verbs.js';
import type { OwnedKeyResult } from '../../src/app/okr/owned-key-results.js';
import type { KeyResultSpec } from '../../src/domain/okr/key-result.js';
import type { Team } from '../../src/domain/people/team.js';

const item = (spec: KeyResultSpec, id = 'cyaaaa.obbbbb.krcc'): OwnedKeyResult =>
  ({ keyResult: { id, title: 'KR', spec, current: null, confidence: null, lastCheckIn: null } }) as unknown as OwnedKeyResult;

describe('bot units', () => {
  describe('matchCommand', () => {
    it('matches the command word case-insensitively and keeps the argument', () => {
      assert.deepEqual(matchCommand('Pause 2w'), { command: 'pause', args: '2w' });
      assert.deepEqual(matchCommand('  pause   until 2026-12-24 '), { command: 'pause', args: 'until 2026-12-24' });
      assert.deepEqual(matchCommand('/help'), { command: 'help', args: '' });
      assert.deepEqual(matchCommand('check in'), { command: 'checkin', args: '' });
      assert.deepEqual(matchCommand('My OKRs'), { command: 'okrs', args: '' });
      assert.equal(matchCommand('paused'), null);
      assert.equal(matchCommand('tell me a joke'), null);
      assert.equal(matchCommand(''), null);
    });
  });

  describe('parsePause', () => {
    const now = new Date('2026-11-22T12:00:00.000Z');
    it('reads lengths and dates', () => {
      assert.deepEqual(parsePause('', now, 'UTC'), { ok: true, until: '2026-12-06T12:00:00.000Z' });
      assert.deepEqual(parsePause('2w', now, 'UTC'), { ok: true, until: '2026-12-06T12:00:00.000Z' });
      assert.deepEqual(parsePause('10 days', now, 'UTC'), { ok: true, until: '2026-12-02T12:00:00.000Z' });
      assert.deepEqual(parsePause('1 week', now, 'UTC'), { ok: true, until: '2026-11-29T12:00:00.000Z' });
      assert.deepEqual(parsePause('until 2026-12-24', now, 'America/New_York'), { ok: true, until: '2026-12-24T05:00:00.000Z' });
    });
    it('refuses what it cannot honour', () => {
      for (const bad of ['0d', '53w', 'tomorrow', '2w please', '2026-13-01', '2026-11-22', '2025-01-01', '12']) {
        assert.equal(parsePause(bad, now, 'UTC').ok, false, bad);
      }
    });
    it('an unknown time zone falls back to UTC rather than failing', () => {
      assert.deepEqual(parsePause('2026-12-24', now, 'Mars/Olympus'), { ok: true, until: '2026-12-24T00:00:00.000Z' });
    });
  });

  describe('parseCheckInForm', () => {
    const numeric = item({ type: 'increase-to', start: 0, target: 10, unit: 'number' });
    const steps = item({ type: 'milestone', steps: ['a', 'b'] }, 'cyaaaa.obbbbb.krdd');
    const binary = item({ type: 'binary' }, 'cyaaaa.obbbbb.kree');
    it('accepts numbers as strings or numbers, trims notes, skips empty rows', () => {
      const parsed = parseCheckInForm([numeric, steps, binary], { value_0: ' 4.5 ', confidence_0: 7, note_0: '  fine  ', value_1: '2', confidence_1: '0', value_2: '' });
      assert.equal(parsed.formError, null);
      assert.deepEqual(
        parsed.entries.map((e) => [e.index, e.input]),
        [
          [0, { value: 4.5, confidence: 7, note: 'fine', blockers: '' }],
          [1, { value: 2, confidence: 0, note: '', blockers: '' }],
        ],
      );
    });
    it('collects every problem at once and records nothing', () => {
      const parsed = parseCheckInForm([numeric, steps, binary], {
        value_0: '1e400',
        confidence_0: '7.5',
        value_1: '1.5',
        confidence_1: '5',
        value_2: '2',
        confidence_2: '',
        note_2: { html: true },
      });
      assert.deepEqual(parsed.entries, []);
      assert.match(parsed.formError!, /need a look/);
      assert.deepEqual(Object.keys(parsed.errors).sort(), ['confidence_0', 'confidence_2', 'note_2', 'value_0', 'value_1', 'value_2']);
    });
    it('refuses values that are not text or numbers', () => {
      const parsed = parseCheckInForm([numeric], { value_0: ['1'], confidence_0: '5' });
      assert.match(parsed.errors.value_0!, /Enter a number/);
    });
  });

  it('card data: opaque ids only, bounded and unique', () => {
    assert.ok(checkInCardDataSchema.safeParse({ cardId: 'abcdef12', keyResultIds: ['a'] }).success);
    assert.ok(!checkInCardDataSchema.safeParse({ cardId: 'abc', keyResultIds: ['a'] }).success);
    assert.ok(!checkInCardDataSchema.safeParse({ cardId: 'abcdef12', keyResultIds: Array.from({ length: 9 }, (_, i) => `k${i}`) }).success);
    assert.ok(!checkInCardDataSchema.safeParse({ cardId: 'abcdef12', keyResultIds: ['a', 'a'] }).success);
    assert.ok(!checkInCardDataSchema.safeParse({ cardId: 'abcdef12', keyResultIds: ['a'], snoozedUntil: 'later' }).success);
  });

  it('settings slot validation', () => {
    assert.deepEqual(parseSlot({ reminder_day: 'Monday', reminder_time: '9:00' }), { ok: true, day: 'monday', time: '09:00' });
    assert.equal(parseSlot({ reminder_day: 'monday', reminder_time: '24:00' }).ok, false);
    assert.equal(parseSlot({ reminder_day: 'funday', reminder_time: '10:00' }).ok, false);
    assert.equal(parseSlot({ reminder_day: 7, reminder_time: 900 }).ok, false);
  });

  it('tab links: plain URLs locally, Teams deep links with a Teams app id', () => {
    const local = createTabLinks('http://127.0.0.1:3978/#/my');
    assert.equal(local.my(), 'http://127.0.0.1:3978/#/my');
    assert.equal(local.board('tm-platform'), 'http://127.0.0.1:3978/?team=tm-platform#/board');
    assert.equal(local.objective('cy1.ob2'), 'http://127.0.0.1:3978/#/objective/cy1.ob2');
    const teams = createTabLinks('https://tandem.example.com', 'app-id-1');
    const link = new URL(teams.objective('cy1.ob2'));
    assert.equal(link.origin + link.pathname, 'https://teams.microsoft.com/l/entity/app-id-1/my-okrs');
    assert.equal(link.searchParams.get('webUrl'), 'https://tandem.example.com/#/objective/cy1.ob2');
    assert.deepEqual(JSON.parse(link.searchParams.get('context')!), { subEntityId: '#/objective/cy1.ob2' });
    assert.match(teams.board(), /\/l\/entity\/app-id-1\/board\?/);
  });

  it('formats values by key result type and locale', () => {
    assert.equal(formatValue({ type: 'increase-to', start: 0, target: 100, unit: 'percent' }, 45, 'en-US'), '45%');
    assert.equal(formatValue({ type: 'increase-to', start: 0, target: 4e6, unit: 'currency', currency: 'USD' }, 1_250_000, 'en-US'), '$1,250,000');
    assert.equal(formatValue({ type: 'milestone', steps: ['a', 'b', 'c'] }, 2, 'en-US'), '2 of 3 steps');
    assert.equal(formatValue({ type: 'binary' }, 1, 'en-US'), 'Done');
    assert.equal(formatValue({ type: 'decrease-to', start: 9, target: 1, unit: 'number' }, 2.5, 'de-DE'), '2,5');
    assert.equal(formatValue({ type: 'binary' }, null, 'en-US'), 'no value yet');
    assert.equal(formatTarget({ type: 'guardrail', direction: 'stay-above', threshold: 99.9, unit: 'percent' }, 'xx-invalid-locale-'), 'stay above 99.9%');
  });

  it('pickTeam: named, then the Teams team name, then the sender\'s most specific team', () => {
    const teams: Team[] = [
      { tenantId: 't', id: 'tm-eng', name: 'Engineering', parentTeamId: null, leadId: null },
      { tenantId: 't', id: 'tm-platform', name: 'Platform', parentTeamId: 'tm-eng', leadId: null },
      { tenantId: 't', id: 'tm-sales-emea', name: 'Sales EMEA', parentTeamId: null, leadId: null },
    ];
    assert.deepEqual(pickTeam(teams, 'sales emea', 'Platform', ['tm-eng']), { team: teams[2] });
    assert.deepEqual(pickTeam(teams, 'summary Sales', null, []), { team: teams[2] });
    assert.deepEqual(pickTeam(teams, '', 'platform', []), { team: teams[1] });
    assert.deepEqual(pickTeam(teams, '', 'Random', ['tm-eng', 'tm-platform']), { team: teams[1] });
    assert.deepEqual(pickTeam(teams, 'nope', null, []), { unknown: 'nope' });
    assert.equal(pickTeam(teams, '', null, []), null);
  });

  it('activity tenant: conversation or channel data, never two different ones', () => {
    assert.equal(activityTenantId({ conversation: { tenantId: 'A' } as any }), 'A');
    assert.equal(activityTenantId({ channelData: { tenant: { id: 'B' } } }), 'B');
    assert.equal(activityTenantId({ conversation: { tenantId: 'A' } as any, channelData: { tenant: { id: 'a' } } }), 'A');
    assert.equal(activityTenantId({ conversation: { tenantId: 'A' } as any, channelData: { tenant: { id: 'B' } } }), null);
    assert.equal(activityTenantId({}), null);
    assert.equal(conversationScope({ conversation: { conversationType: 'channel' } as any }), 'team');
    assert.equal(conversationScope({ conversation: { isGroup: true } as any }), 'groupChat');
  });
});
