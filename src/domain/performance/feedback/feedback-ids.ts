/**
 * Ids of continuous-feedback documents carry where the document lives, so every lookup by id is a
 * point read in the right partition without an index: feedback and requests name their subject,
 * praise lives in the tenant's praise partition, a response is its request's id plus its author's.
 * Clients treat them as opaque.
 */
const FEEDBACK = 'fbk';
const PRAISE = 'prs';
const REQUEST = 'frq';

export const feedbackId = (subjectId: string, unique: string): string => `${FEEDBACK}.${subjectId}.${unique}`;
export const praiseId = (unique: string): string => `${PRAISE}.${unique}`;
export const feedbackRequestId = (subjectId: string, unique: string): string => `${REQUEST}.${subjectId}.${unique}`;
export const feedbackResponseId = (requestId: string, authorId: string): string => `${requestId}.${authorId}`;

const UNIQUE = /^[a-z0-9]{1,40}$/;
/** Person ids are Entra object ids (GUIDs) or demo ids of the same shape: no dots, no separators. */
const PERSON = /^[A-Za-z0-9-]{1,80}$/;

/** The subject a request id names, or null when it is not a request id Tandem issued. */
export function parseFeedbackRequestId(id: string): { subjectId: string } | null {
  const [prefix, subjectId, unique, ...rest] = id.split('.');
  if (prefix !== REQUEST || rest.length > 0 || !subjectId || !unique || !PERSON.test(subjectId) || !UNIQUE.test(unique)) return null;
  return { subjectId };
}

export const isPraiseId = (id: string): boolean => {
  const [prefix, unique, ...rest] = id.split('.');
  return prefix === PRAISE && rest.length === 0 && unique !== undefined && UNIQUE.test(unique);
};
