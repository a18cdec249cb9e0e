/**
 * Offline drafting: builds drafts from the template library, so the suggest and improve flow works
 * with no AI service (local mode). The tab labels these as examples from templates.
 */
import { MAX_DRAFTS, MIN_DRAFTS, type DraftedKeyResult, type DraftingSubject, type ImproveSubject } from './drafting.js';
import { OKR_TEMPLATES, TEMPLATE_FUNCTION_KEYWORDS, TEMPLATE_FUNCTIONS, type OkrTemplate, type TemplateFunction, type TemplateKeyResult } from './templates.js';
import { stem, stemSet } from './wording.js';

const KEYWORD_STEMS: Record<TemplateFunction, Set<string>> = Object.fromEntries(
  TEMPLATE_FUNCTIONS.map((f) => [f, new Set(TEMPLATE_FUNCTION_KEYWORDS[f].map(stem))]),
) as Record<TemplateFunction, Set<string>>;

function subjectText(subject: DraftingSubject): string {
  return [subject.objective.title, subject.objective.description, ...subject.objective.keyResultTitles, subject.parent?.title ?? '', subject.parent?.description ?? '', subject.team?.name ?? ''].join(' ');
}

const overlap = (a: Set<string>, b: Set<string>): number => {
  let n = 0;
  for (const s of a) if (b.has(s)) n += 1;
  return n;
};

/** Templates ranked by how well they fit the subject: function keywords first, then shared words. */
export function rankTemplates(subject: DraftingSubject): OkrTemplate[] {
  const words = stemSet(subjectText(subject));
  const teamWords = stemSet(subject.team?.name ?? '');
  const score = (t: OkrTemplate): number => {
    const keywords = KEYWORD_STEMS[t.function];
    const templateWords = stemSet([t.title, t.description, ...t.keyResults.map((k) => k.title)].join(' '));
    return overlap(words, keywords) * 2 + overlap(teamWords, keywords) * 3 + overlap(words, templateWords);
  };
  return OKR_TEMPLATES.map((t, i) => ({ t, i, s: score(t) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.t);
}

const copy = (kr: TemplateKeyResult): DraftedKeyResult => ({ title: kr.title, spec: kr.spec });

/** Three to five example key results from the best-fitting templates, skipping ones already written. */
export function offlineSuggestions(subject: DraftingSubject): DraftedKeyResult[] {
  const written = new Set(subject.objective.keyResultTitles.map((t) => t.trim().toLowerCase()));
  const drafts: DraftedKeyResult[] = [];
  for (const template of rankTemplates(subject)) {
    for (const kr of template.keyResults) {
      if (written.has(kr.title.toLowerCase()) || drafts.some((d) => d.title === kr.title)) continue;
      drafts.push(copy(kr));
      if (drafts.length === MAX_DRAFTS) return drafts;
    }
    if (drafts.length >= MIN_DRAFTS) return drafts;
  }
  return drafts;
}

/** The template key result closest to the vague one (by shared words), different from it. */
export function offlineRewrite(subject: ImproveSubject): DraftedKeyResult {
  const target = stemSet(`${subject.keyResult.title} ${subject.keyResult.title} ${subject.objective.title}`);
  const original = subject.keyResult.title.trim().toLowerCase();
  const ranked = rankTemplates(subject);
  let best: { kr: TemplateKeyResult; score: number; rank: number } | null = null;
  ranked.forEach((template, rank) => {
    for (const kr of template.keyResults) {
      if (kr.title.toLowerCase() === original) continue;
      const score = overlap(target, stemSet(kr.title)) * 10 - rank;
      if (!best || score > best.score) best = { kr, score, rank };
    }
  });
  return copy((best as { kr: TemplateKeyResult } | null)?.kr ?? ranked[0]!.keyResults[0]!);
}
