import type { Anonymity } from './review-cycle.js';
import type { FeedbackRelation } from './review-packet.js';
import type { PeerResponse } from './peer-response.js';

export interface AnswerSetProjection {
  readonly answers: Readonly<Record<string, string>>;
  readonly ratings: Readonly<Record<string, number>>;
}

export interface AttributedResponse extends AnswerSetProjection {
  readonly authorId: string;
  readonly relation: FeedbackRelation;
  readonly submittedAt: string;
}

export interface AnonymousGroup {
  readonly relation: FeedbackRelation;
  readonly count: number;
  readonly responses: readonly AnswerSetProjection[];
}

export interface AggregatedGroup {
  readonly relation: FeedbackRelation;
  readonly count: number;
  readonly competencies: readonly { readonly competencyId: string; readonly average: number; readonly ratingCount: number }[];
}

/** What a reader (other than a response's author) may learn from the submitted feedback. */
export type PeerFeedbackProjection =
  | { readonly mode: 'attributed'; readonly responses: readonly AttributedResponse[] }
  | { readonly mode: 'anonymous'; readonly threshold: number; readonly groups: readonly AnonymousGroup[] }
  | { readonly mode: 'aggregated'; readonly threshold: number; readonly groups: readonly AggregatedGroup[] };

const RELATIONS: readonly FeedbackRelation[] = ['peer', 'upward'];

/** FNV-1a: a stable, non-cryptographic hash, enough to order responses by their content. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Keys sorted, so the serialisation (and the order it yields) depends on content only. */
const canonical = (record: Readonly<Record<string, unknown>>): string =>
  JSON.stringify(Object.keys(record).sort().map((k) => [k, record[k]]));

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Projects submitted peer and upward responses for a reader by the cycle's anonymity:
 * - attributed: every response with its author;
 * - anonymous: per relation, answer sets without authors, ids or times, ordered by a hash of their
 *   content and the packet (not by who answered or when), and only groups of at least `threshold`;
 * - aggregated: per relation, per-competency averages, only for groups of at least `threshold` and
 *   competencies rated at least `threshold` times.
 * A group below the threshold is absent: the reader learns nothing about it, not even a count.
 */
export function projectPeerFeedback(submitted: readonly PeerResponse[], anonymity: Anonymity, salt: string): PeerFeedbackProjection {
  const responses = submitted.filter((r) => r.submittedAt !== null);
  if (anonymity.mode === 'attributed') {
    return {
      mode: 'attributed',
      responses: [...responses]
        .sort((a, b) => (a.submittedAt! < b.submittedAt! ? -1 : a.submittedAt! > b.submittedAt! ? 1 : 0))
        .map((r) => ({ authorId: r.authorId, relation: r.relation, answers: r.answers, ratings: r.ratings, submittedAt: r.submittedAt! })),
    };
  }
  const threshold = anonymity.threshold;
  const groups = RELATIONS.map((relation) => ({ relation, members: responses.filter((r) => r.relation === relation) })).filter((g) => g.members.length >= threshold);
  if (anonymity.mode === 'anonymous') {
    return {
      mode: 'anonymous',
      threshold,
      groups: groups.map(({ relation, members }) => ({
        relation,
        count: members.length,
        responses: members
          .map((r) => ({ answers: { ...r.answers }, ratings: { ...r.ratings }, key: hash(`${salt}|${canonical(r.answers)}|${canonical(r.ratings)}`) }))
          .sort((a, b) => a.key - b.key)
          .map(({ answers, ratings }) => ({ answers, ratings })),
      })),
    };
  }
  return {
    mode: 'aggregated',
    threshold,
    groups: groups.map(({ relation, members }) => {
      const byCompetency = new Map<string, number[]>();
      for (const r of members) for (const [id, value] of Object.entries(r.ratings)) byCompetency.set(id, [...(byCompetency.get(id) ?? []), value]);
      const competencies = [...byCompetency.entries()]
        .filter(([, values]) => values.length >= threshold)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([competencyId, values]) => ({ competencyId, average: round2(values.reduce((s, v) => s + v, 0) / values.length), ratingCount: values.length }));
      return { relation, count: members.length, competencies };
    }),
  };
}
