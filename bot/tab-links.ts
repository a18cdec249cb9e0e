/**
 * Links from cards into the tab. The tab routes on the hash: `#/my`, `#/board`, `#/objective/<id>`,
 * and reads `?team=<id>` to lock the board to a team. Inside Teams a card links to the personal app
 * with a deep link (`https://teams.microsoft.com/l/entity/<teamsAppId>/<entityId>`) that carries the
 * route as `subEntityId` and the plain URL as `webUrl`; without a Teams app id (local mode, the
 * Agents Playground) it is the plain URL.
 */
export interface TabLinks {
  my(): string;
  board(teamId?: string): string;
  objective(objectiveId: string): string;
}

const ENTITY_FOR = { my: 'my-okrs', board: 'board' } as const;

export function createTabLinks(tabBaseUrl: string, teamsAppId?: string | null): TabLinks {
  const base = tabBaseUrl.replace(/[#?].*$/, '').replace(/\/+$/, '');
  const plain = (route: string, query = ''): string => `${base}/${query}#${route}`;
  const link = (entity: keyof typeof ENTITY_FOR, route: string, query = ''): string => {
    const web = plain(route, query);
    if (!teamsAppId) return web;
    const context = JSON.stringify({ subEntityId: `${query}#${route}` });
    return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${ENTITY_FOR[entity]}?webUrl=${encodeURIComponent(web)}&context=${encodeURIComponent(context)}`;
  };
  return {
    my: () => link('my', '/my'),
    board: (teamId) => link('board', '/board', teamId ? `?team=${encodeURIComponent(teamId)}` : ''),
    objective: (objectiveId) => link('my', `/objective/${encodeURIComponent(objectiveId)}`),
  };
}
