/** A team in a hierarchy; membership is recorded on each person (Person.teamIds). */
export interface Team {
  readonly tenantId: string;
  readonly id: string;
  readonly name: string;
  readonly parentTeamId: string | null;
  readonly leadId: string | null;
}
