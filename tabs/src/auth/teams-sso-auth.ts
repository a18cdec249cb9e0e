import { TeamsUserCredential } from '@microsoft/teamsfx';
import type { AuthHeaders } from './token-source.js';

/** Loaded only in azure mode: teamsfx and MSAL are large and local mode never needs them. */
export class TeamsSsoAuth implements AuthHeaders {
  private readonly credential: TeamsUserCredential;
  constructor(clientId: string, initiateLoginEndpoint: string) {
    this.credential = new TeamsUserCredential({ clientId, initiateLoginEndpoint });
  }
  async headers(): Promise<Record<string, string>> {
    const token = await this.credential.getToken('');
    return token ? { Authorization: `Bearer ${token.token}` } : {};
  }
}
