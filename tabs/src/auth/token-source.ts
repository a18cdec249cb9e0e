/** How the tab proves who it acts for: the dev header locally, a Teams SSO token in Azure. */
export interface AuthHeaders {
  headers(): Promise<Record<string, string>>;
}

const USER_KEY = 'tandem.devUser';

/** Local mode: the user switcher's choice, remembered across reloads. */
export class DevUserAuth implements AuthHeaders {
  private userId: string | null = sessionStorage.getItem(USER_KEY);
  get current(): string | null {
    return this.userId;
  }
  select(userId: string): void {
    this.userId = userId;
    sessionStorage.setItem(USER_KEY, userId);
  }
  async headers(): Promise<Record<string, string>> {
    return this.userId ? { 'X-Tandem-User': this.userId } : {};
  }
}
