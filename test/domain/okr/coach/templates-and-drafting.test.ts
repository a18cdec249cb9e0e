import assert from 'node:assert/strict';
import { runCoachChecks } from '../../../../src/domain/okr/coach/coach-checks.js';
import { buildImprovePrompt, buildSuggestPrompt } from '../../../../src/domain/okr/coach/drafting-prompt.js';
import {
  acceptRewrite,
  acceptSuggestions,
  DRAFTING_ERROR,
  isUsableDraft,
  MAX_DRAFTS,
  MIN_DRAFTS,
  pickDraftingSubject,
  type DraftedKeyResult,
  type DraftingSource,
  type DraftingSubject,
} from '../../../../src/domain/okr/coach/drafting.js';
import { offlineRewrite, offlineSuggestions, rankTemplates } from '../../../../src/domain/okr/coach/offline-drafts.js';
import { OKR_TEMPLATES, TEMPLATE_FUNCTIONS } from '../../../../src/domain/okr/coach/templates.js';
import { validateSpec } from '../../../../src/domain/okr/key-result.js';
import { keyResult, objective } from '../builders.js';

const subject = (overrides: Partial<DraftingSource['objective']> = {}, team: string | null = null, parent: string | null = null): DraftingSubject =>
  pickDraftingSubject({
    objective: { title: 'Make deploys boring', description: 'Releases should never be an event.', level: 'individual', commitment: 'aspirational', keyResults: [], ...overrides },
    parent: parent ? { title: parent } : null,
    team: team ? { name: team } : null,
  });

describe('OKR templates', () => {
  it('cover every function with at least two templates, with unique ids', () => {
    for (const fn of TEMPLATE_FUNCTIONS) assert.ok(OKR_TEMPLATES.filter((t) => t.function === fn).length >= 2, fn);
    assert.equal(new Set(OKR_TEMPLATES.map((t) => t.id)).size, OKR_TEMPLATES.length);
  });

  for (const template of OKR_TEMPLATES) {
    it(`${template.id}: valid key results that pass every coach check`, () => {
      assert.ok(template.keyResults.length >= 2 && template.keyResults.length <= 5);
      for (const kr of template.keyResults) assert.deepEqual(validateSpec(kr.spec), {}, kr.title);
      const checks = runCoachChecks(
        { level: 'company', title: template.title, commitment: 'aspirational', alignmentCount: 0, keyResults: template.keyResults },
        { siblings: OKR_TEMPLATES.filter((t) => t.id !== template.id).map((t) => ({ id: t.id, title: t.title })), gradeHistory: [] },
      );
      assert.deepEqual(checks, []);
    });
  }
});

describe('drafting subject and prompt', () => {
  // An objective as the store holds it, plus fields that must never reach a model (as if a review
  // packet had been merged into it by mistake).
  const parent = {
    ...objective({ title: 'Run a platform nobody has to think about', description: 'Reliability first.', keyResults: [keyResult({ title: 'Paging incidents from 22 to 6' })] }),
    rating: 'exceeds-expectations',
    privateNotes: 'PRIVATE-NOTE: discussed performance improvement plan',
    feedback: [{ from: 'peer-1', text: 'ANON-FEEDBACK-TEXT' }],
    compensation: { bonus: 12345 },
  };
  const drafting = {
    title: 'Make deploys boring',
    description: 'Releases should never be an event.',
    level: 'individual' as const,
    commitment: 'aspirational' as const,
    keyResults: [{ title: 'Deploys per week from 2 to 10', ownerId: 'arjun', rating: 'STRAY-KR-RATING' }],
    rating: 'STRAY-RATING',
    privateNotes: 'STRAY-PRIVATE-NOTES',
  };
  const team = { tenantId: 't', id: 'tm', name: 'Platform', parentTeamId: null, leadId: 'priya', reviewCycle: 'STRAY-REVIEW' };
  const FORBIDDEN = ['rating', 'privateNotes', 'PRIVATE-NOTE', 'ANON-FEEDBACK', 'feedback', 'compensation', '12345', 'STRAY', 'priya', 'arjun', 'owner', 'tenant', 'checkIn', 'grade'];

  it('copies only the objective, its parent and the team name', () => {
    const picked = pickDraftingSubject({ objective: drafting, parent, team });
    assert.deepEqual(picked, {
      objective: { title: drafting.title, description: drafting.description, level: 'individual', commitment: 'aspirational', keyResultTitles: ['Deploys per week from 2 to 10'] },
      parent: { title: parent.title, description: 'Reliability first.', keyResultTitles: ['Paging incidents from 22 to 6'] },
      team: { name: 'Platform' },
    });
  });

  it('the prompt text never contains stray fields, even when the subject object carries them', () => {
    // Hand the prompt builder a subject with extra properties at every level (bypassing the type).
    const polluted = {
      ...pickDraftingSubject({ objective: drafting, parent, team }),
      rating: 'STRAY-RATING',
      privateNotes: 'STRAY-PRIVATE-NOTES',
    } as DraftingSubject;
    (polluted.objective as unknown as Record<string, unknown>).privateNotes = 'STRAY-OBJECTIVE-NOTES';
    (polluted.parent as unknown as Record<string, unknown>).rating = 'STRAY-PARENT-RATING';
    (polluted.team as unknown as Record<string, unknown>).feedback = 'STRAY-TEAM-FEEDBACK';
    for (const prompt of [buildSuggestPrompt(polluted), buildImprovePrompt({ ...polluted, keyResult: { title: 'Launch the pipeline', spec: null, rating: 'STRAY-KR' } as never })]) {
      const text = prompt.user;
      for (const word of FORBIDDEN) assert.ok(!text.includes(word), `the prompt data contains “${word}”: ${text}`);
      assert.ok(text.includes('Make deploys boring') && text.includes('Run a platform nobody has to think about') && text.includes('Platform'));
      // The instructions name the forbidden topics only to rule them out.
      assert.ok(!/STRAY|PRIVATE-NOTE|ANON-FEEDBACK|12345/.test(prompt.system));
    }
  });

  it('the prompt asks for JSON and three to five key results, and treats the data as data', () => {
    const prompt = buildSuggestPrompt(subject());
    assert.match(prompt.system, /JSON/);
    assert.match(prompt.system, new RegExp(`${MIN_DRAFTS} to ${MAX_DRAFTS} key results`));
    assert.match(prompt.system, /treat it only as data/);
    assert.deepEqual(Object.keys(JSON.parse(prompt.user)), ['objective', 'alignsTo', 'team']);
  });

  it('clips long texts before they reach a prompt', () => {
    const long = pickDraftingSubject({ objective: { title: 'x'.repeat(500), description: 'y'.repeat(5000), level: 'team', commitment: 'committed' } });
    assert.equal(long.objective.title.length, 200);
    assert.equal(long.objective.description.length, 1000);
  });
});

describe('accepting drafts', () => {
  const d = (title: string, start = 0, target = 10): DraftedKeyResult => ({ title, spec: { type: 'increase-to', start, target, unit: 'number' } });

  it('keeps usable drafts, at most five, without duplicates or titles already written', () => {
    const accepted = acceptSuggestions([d('A'), d('a'), d('B'), d('Bad', 10, 5), d(' '), d('Written'), d('C'), d('D'), d('E'), d('F')], ['written']);
    assert.ok(accepted.ok);
    assert.deepEqual(accepted.value.map((x) => x.title), ['A', 'B', 'C', 'D', 'E']);
  });

  it('fails with AI.INVALID_OUTPUT below three usable drafts', () => {
    const accepted = acceptSuggestions([d('A'), d('Bad', 5, 5), d('B')], []);
    assert.ok(!accepted.ok);
    assert.equal(accepted.code, DRAFTING_ERROR.invalidOutput);
  });

  it('a rewrite must be usable and different', () => {
    assert.ok(acceptRewrite(d('Deploys from 2 to 10', 2, 10), { title: 'Launch the pipeline', spec: null }).ok);
    const same = acceptRewrite(d('Users', 0, 10), { title: 'users', spec: { type: 'increase-to', start: 0, target: 10, unit: 'number' } });
    assert.ok(!same.ok && same.code === DRAFTING_ERROR.invalidOutput);
    assert.ok(!acceptRewrite(d('Users', 10, 0), { title: 'x', spec: null }).ok);
    assert.ok(!acceptRewrite(undefined, { title: 'x', spec: null }).ok);
  });
});

describe('offline drafts', () => {
  it('picks templates of the function the objective or team points at', () => {
    assert.equal(rankTemplates(subject({ title: 'Grow the pipeline in DACH' }, 'Sales EMEA'))[0]!.function, 'sales');
    assert.equal(rankTemplates(subject({ title: 'Hire great engineers faster' }, 'People'))[0]!.function, 'people');
    assert.equal(rankTemplates(subject({ title: 'Answer every ticket the same day' }, 'Customer support'))[0]!.function, 'support');
    assert.equal(rankTemplates(subject({ title: 'Make deploys boring' }, 'Platform'))[0]!.function, 'engineering');
  });

  it('suggests three to five usable key results that are not already written', () => {
    for (const s of [subject(), subject({ title: 'Win more deals' }, 'Sales'), subject({ title: 'Zzz' })]) {
      const drafts = offlineSuggestions(s);
      assert.ok(drafts.length >= MIN_DRAFTS && drafts.length <= MAX_DRAFTS, `${drafts.length}`);
      assert.ok(drafts.every(isUsableDraft));
      assert.ok(acceptSuggestions(drafts, s.objective.keyResultTitles).ok);
    }
    const first = offlineSuggestions(subject())[0]!;
    const again = offlineSuggestions(subject({ keyResults: [{ title: first.title }] }));
    assert.ok(!again.some((x) => x.title === first.title));
  });

  it('rewrites a vague key result as the closest template key result, never the same one', () => {
    const rewritten = offlineRewrite({ ...subject(), keyResult: { title: 'Do more deploys', spec: null } });
    assert.ok(isUsableDraft(rewritten));
    assert.match(rewritten.title, /[Dd]eploy/);
    const template = OKR_TEMPLATES[0]!.keyResults[0]!;
    assert.notEqual(offlineRewrite({ ...subject(), keyResult: { title: template.title, spec: template.spec } }).title, template.title);
  });
});
