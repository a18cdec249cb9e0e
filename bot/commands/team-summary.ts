import { listTeamActiveObjectives } from '../../src/app/okr/owned-key-results.js';
import type { Team } from '../../src/domain/people/team.js';
import type { PersonTurn } from '../bot-services.js';
import { teamSummaryCard } from '../cards/team-summary-card.js';
import { teamNameOf } from '../turn-identity.js';
import { sendCard } from './command-kit.js';

const normalise = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The most specific of a person's teams: one that is not the parent of another of their teams. */
function deepestTeam(teams: readonly Team[], teamIds: readonly string[]): Team | null {
  const mine = teams.filter((t) => teamIds.includes(t.id));
  const parents = new Set(mine.map((t) => t.parentTeamId).filter((id): id is string => id !== null));
  return mine.find((t) => !parents.has(t.id)) ?? mine[0] ?? null;
}

/**
 * Which Tandem team a channel mention is about: the team named in the message, else the Teams team
 * whose name matches a Tandem team, else the sender's own (most specific) team.
 */
export function pickTeam(teams: readonly Team[], args: string, teamsTeamName: string | null, senderTeamIds: readonly string[]): { team: Team } | { unknown: string } | null {
  const wanted = normalise(args.replace(/^(summary|okrs?|team)\b/i, ''));
  if (wanted.length > 0) {
    const named = teams.find((t) => normalise(t.name) === wanted) ?? teams.find((t) => normalise(t.name).startsWith(wanted));
    return named ? { team: named } : { unknown: args.trim().slice(0, 60) };
  }
  if (teamsTeamName) {
    const matching = teams.find((t) => normalise(t.name) === normalise(teamsTeamName));
    if (matching) return { team: matching };
  }
  const own = deepestTeam(teams, senderTeamIds);
  return own ? { team: own } : null;
}

/** An @mention in a team channel or group chat: the team's OKR summary. */
export async function teamSummary(turn: PersonTurn, args: string): Promise<void> {
  const teams = await turn.services.okr.directory.listTeams(turn.person.tenantId);
  const picked = pickTeam(teams, args, teamNameOf(turn.context.activity), turn.person.teamIds);
  if (picked === null || 'unknown' in picked) {
    const names = teams.map((t) => t.name).sort().join(', ');
    await turn.context.sendActivity(
      picked === null ? `Which team? Mention me with a team name, e.g. "@Tandem ${teams[0]?.name ?? 'Platform'}". Teams: ${names}.` : `I do not know a team called "${picked.unknown}". Teams: ${names}.`,
    );
    return;
  }
  const cycles = await listTeamActiveObjectives(turn.services.okr, turn.request, picked.team.id);
  await sendCard(turn, teamSummaryCard(picked.team, cycles, turn.services.links), `${picked.team.name}: OKR summary`);
}
