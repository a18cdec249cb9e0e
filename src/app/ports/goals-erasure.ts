/** One erasure on the goals store. Every step is idempotent: running it again changes nothing more. */
export interface GoalsErasureRequest {
  readonly tenantId: string;
  readonly personId: string;
  /**
   * How the person was named (display name, email): cut out of the texts that stay for everyone
   * else (objective titles, descriptions, reflections of others). Empty once the directory record
   * is a tombstone. Terms shorter than three characters are ignored.
   */
  readonly mentions: readonly string[];
  /** What a mention becomes ("Former colleague"). */
  readonly mentionReplacement: string;
  /** What stands in for a text they wrote that has to stay (an approver's note on a sent-back proposal). */
  readonly removedText: string;
}

export interface OkrErasureTally {
  readonly objectivesChanged: number;
  readonly checkInsCleared: number;
  readonly commentsDeleted: number;
}

export interface DirectoryErasureTally {
  readonly preferencesDeleted: number;
  readonly conversationsDeleted: number;
  readonly conversationsScrubbed: number;
}

/**
 * Erases a person from the shared goal containers while keeping every aggregate: objectives, key
 * results and check-ins stay (with their values, owners and alignment), only what the person wrote and
 * how they were named goes. Ids stay: after erasure they resolve to the directory's tombstone.
 */
export interface GoalsErasure {
  /**
   * OKRs: the reflection on an objective they own removed; a note they wrote when sending a proposal
   * back replaced by `removedText`; mentions cut from kept texts; notes and blockers of their
   * check-ins cleared (value, confidence and time stay); their comments deleted.
   */
  eraseOkrContent(request: GoalsErasureRequest): Promise<OkrErasureTally>;
  /**
   * The directory besides the person record: notification preferences and the personal-chat
   * conversation reference deleted; their name cut from team conversation references they installed.
   */
  eraseDirectoryExtras(request: GoalsErasureRequest): Promise<DirectoryErasureTally>;
  /**
   * Drops every derived aggregate of the tenant's cycles (the insights snapshots name people) and
   * moves each cycle's revision, so every reader, including a process holding one in memory,
   * rebuilds them from the anonymised data. How many aggregate documents were dropped.
   */
  dropDerivedAggregates(tenantId: string): Promise<number>;
}
