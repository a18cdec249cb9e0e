import type { Role } from '../people/person.js';

/** Who is asking: taken from the verified token, never from a request body. */
export interface PolicyActor {
  readonly tenantId: string;
  readonly id: string;
  readonly roles: readonly Role[];
}

/** The person a document is about, as the directory knows them now. */
export interface PolicySubject {
  readonly tenantId: string;
  readonly id: string;
  readonly managerId: string | null;
  /** Nearest manager first. */
  readonly managerChain: readonly string[];
}

/** Facts about one document that decide who may see it; stored with the document, never sent by a client. */
export interface PolicyDocument {
  readonly tenantId: string;
  readonly subjectId: string;
  /** Who wrote it: a feedback giver, a peer reviewer, the author of a private note. */
  readonly authorId?: string;
  /** Who asked for feedback. */
  readonly requesterId?: string;
  /** Who was asked to answer a feedback request. */
  readonly inviteeIds?: readonly string[];
  /** The manager half of a 1:1 pair. */
  readonly pairManagerId?: string;
  /** The subject's manager in the org snapshot taken when the review cycle launched. */
  readonly cycleManagerId?: string | null;
  /** That manager's chain in the same snapshot, nearest first. */
  readonly cycleManagerChain?: readonly string[];
}

/** Every way an actor can relate to a document; several can hold at once. */
export type Relationship =
  | 'employee'
  | 'subject'
  | 'current-manager'
  | 'manager-chain'
  | 'cycle-manager'
  | 'cycle-manager-chain'
  | 'hr-admin'
  | 'author'
  | 'requester'
  | 'invitee'
  | 'pair-manager';

/** The relationships of an actor to a document; empty for anyone in another tenant. */
export function relationshipsOf(actor: PolicyActor, subject: PolicySubject, document: PolicyDocument): ReadonlySet<Relationship> {
  const found = new Set<Relationship>();
  if (actor.tenantId !== document.tenantId || subject.tenantId !== document.tenantId || subject.id !== document.subjectId) return found;
  found.add('employee');
  if (actor.id === subject.id) found.add('subject');
  if (subject.managerId === actor.id) found.add('current-manager');
  if (subject.managerChain.includes(actor.id)) found.add('manager-chain');
  if (document.cycleManagerId != null && document.cycleManagerId === actor.id) found.add('cycle-manager');
  if (document.cycleManagerChain?.includes(actor.id)) found.add('cycle-manager-chain');
  if (actor.roles.includes('hr-admin')) found.add('hr-admin');
  if (document.authorId === actor.id) found.add('author');
  if (document.requesterId === actor.id) found.add('requester');
  if (document.inviteeIds?.includes(actor.id)) found.add('invitee');
  if (document.pairManagerId === actor.id && subject.managerId === actor.id) found.add('pair-manager');
  return found;
}
