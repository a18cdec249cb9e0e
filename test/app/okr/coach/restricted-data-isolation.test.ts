/**
 * "The prompt builder never receives data from the restricted store", shown structurally:
 *  1. the types: the prompt builder and the drafter port take a DraftingSubject, whose fields are
 *     the objective, its parent and the team name and nothing else (checked by tsc: the constants
 *     below only compile while the key sets are exactly these);
 *  2. the module graph: no coach module (domain, use cases, port, adapters, routes) reaches the
 *     restricted review store or performance-management code, directly or transitively, and the
 *     prompt builder reaches nothing outside src/domain (dependency-cruiser on the real tree);
 *  3. the text: a prompt built from objects carrying stray restricted fields leaves them out
 *     (test/domain/okr/coach/templates-and-drafting.test.ts and the adapter test against recorded responses).
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import type { KeyResultDrafter } from '../../../../src/app/ports/key-result-drafter.js';
import type { buildImprovePrompt, buildSuggestPrompt } from '../../../../src/domain/okr/coach/drafting-prompt.js';
import type { DraftingObjective, DraftingParent, DraftingSubject, DraftingTeam, ImproveSubject, VagueKeyResult } from '../../../../src/domain/okr/coach/drafting.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Compile-time proofs (tsc fails if any key set grows or a signature widens).
const subjectKeys: Equal<keyof DraftingSubject, 'objective' | 'parent' | 'team'> = true;
const objectiveKeys: Equal<keyof DraftingObjective, 'title' | 'description' | 'level' | 'commitment' | 'keyResultTitles'> = true;
const parentKeys: Equal<keyof DraftingParent, 'title' | 'description' | 'keyResultTitles'> = true;
const teamKeys: Equal<keyof DraftingTeam, 'name'> = true;
const improveKeys: Equal<keyof ImproveSubject, 'objective' | 'parent' | 'team' | 'keyResult'> = true;
const vagueKeys: Equal<keyof VagueKeyResult, 'title' | 'spec'> = true;
const portSuggest: Equal<Parameters<KeyResultDrafter['suggestKeyResults']>, [DraftingSubject]> = true;
const portImprove: Equal<Parameters<KeyResultDrafter['improveKeyResult']>, [ImproveSubject]> = true;
const promptSuggest: Equal<Parameters<typeof buildSuggestPrompt>, [DraftingSubject]> = true;
const promptImprove: Equal<Parameters<typeof buildImprovePrompt>, [ImproveSubject]> = true;

const ROOT = resolve('.');
const RESTRICTED = /^src\/(store\/reviews|app\/performance|api\/performance|domain\/performance)\//;
const COACH_ENTRIES = [
  'src/domain/okr/coach',
  'src/app/okr/coach',
  'src/app/ports/key-result-drafter.ts',
  'src/store/ai',
  'src/api/okr/coach-routes.ts',
  'src/app/okr/objective-transitions.ts',
];

async function reachable(entries: readonly string[]): Promise<ICruiseResult['modules']> {
  const tsConfigFile = resolve(ROOT, 'tsconfig.json');
  const options: ICruiseOptions = {
    baseDir: ROOT,
    outputType: 'json',
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: tsConfigFile },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  };
  const output = await cruise([...entries], options, {}, { tsConfig: extractTSConfig(tsConfigFile) });
  const result = (typeof output.output === 'string' ? JSON.parse(output.output) : output.output) as ICruiseResult;
  return result.modules;
}

describe('restricted data never reaches the drafting prompt', function () {
  this.timeout(60_000);

  it('the prompt builder and the drafter port take only the objective, its parent and the team (types)', () => {
    assert.deepEqual(
      [subjectKeys, objectiveKeys, parentKeys, teamKeys, improveKeys, vagueKeys, portSuggest, portImprove, promptSuggest, promptImprove],
      Array(10).fill(true),
    );
  });

  it('no coach module reaches the review store or performance management, directly or transitively', async () => {
    const modules = await reachable(COACH_ENTRIES);
    const ours = modules.map((m) => m.source).filter((s) => s.startsWith('src/'));
    for (const expected of ['src/store/ai/azure-openai-drafter.ts', 'src/domain/okr/coach/drafting-prompt.ts', 'src/app/ports/goals-repository.ts', 'src/app/okr/objective-mutation.ts', 'src/domain/okr/key-result.ts']) {
      assert.ok(ours.includes(expected), `the cruise follows dependencies transitively: ${expected} missing`);
    }
    assert.deepEqual(ours.filter((s) => RESTRICTED.test(s)), []);
  });

  it('the prompt builder depends on the domain only', async () => {
    const modules = await reachable(['src/domain/okr/coach/drafting-prompt.ts']);
    const outside = modules.filter((m) => !m.source.startsWith('src/domain/')).map((m) => m.source);
    assert.deepEqual(outside, []);
  });
});
