/** Where an erasure stands: ids and times only, never what was erased. */
export interface ErasureRecord {
  readonly tenantId: string;
  readonly personId: string;
  readonly startedAt: string;
  readonly startedBy: string;
  /** Runs so far: more than one after an interrupted erasure was run again. */
  readonly runs: number;
  readonly completedAt: string | null;
  readonly completedBy: string | null;
}

/**
 * Remembers erasures beside the directory's tombstones, so an erasure that stopped half-way is
 * recognised and finished by running it again, and one that finished is not run twice.
 */
export interface ErasureLedger {
  get(tenantId: string, personId: string): Promise<ErasureRecord | null>;
  save(record: ErasureRecord): Promise<void>;
}
