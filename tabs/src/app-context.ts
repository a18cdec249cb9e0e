import { createContext, useContext } from 'react';
import type { ApiClient } from './api/api-client.js';
import type { Cycle, Person, Team } from './api/types.js';
import type { HostInfo } from './host/teams-host.js';

export interface AppState {
  readonly api: ApiClient;
  readonly host: HostInfo;
  readonly me: Person;
  readonly people: ReadonlyMap<string, Person>;
  readonly teams: readonly Team[];
  readonly cycles: readonly Cycle[];
  readonly cycleId: string;
  readonly setCycleId: (id: string) => void;
  readonly navigate: (hash: string) => void;
  /** Bumped after every change so views reload what they show. */
  readonly version: number;
  readonly changed: () => void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside the app');
  return state;
}

export const personName = (app: AppState, id: string): string => app.people.get(id)?.displayName ?? app.teams.find((t) => t.id === id)?.name ?? id;
