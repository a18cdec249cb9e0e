/**
 * The stage is served from public data only, by construction: its route module and everything it
 * imports (types included) never reach performance management or the review store, and its deps
 * type has no performance member. A regression here would let a future edit hand review data to
 * the stage; this test fails first.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every module of ours a file imports, transitively (static and type imports, relative paths). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(ROOT, file);
    if (seen.has(rel)) return;
    seen.add(rel);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) {
      const spec = match[1] ?? match[2]!;
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      const candidates = [target, target.replace(/\.ts$/, '.tsx')];
      const found = candidates.find((c) => existsSync(c));
      if (found) visit(found);
    }
  };
  visit(join(ROOT, entry));
  return seen;
}

describe('meetings: the stage cannot reach review data', () => {
  it('stage-routes.ts and all it imports stay out of performance management and the review store', () => {
    const modules = reachable('src/api/meetings/stage-routes.ts');
    assert.ok(modules.has('src/app/meetings/get-stage-board.ts') && modules.has('src/app/meetings/public-okr-board.ts'), [...modules].join('\n'));
    const forbidden = [...modules].filter((m) => /^src\/(app|api|domain)\/performance\/|^src\/store\/reviews\/|^bot\/performance\//.test(m));
    assert.deepEqual(forbidden, []);
  });

  it('the side panel routes, by contrast, do reach performance management (the walker sees such imports)', () => {
    const modules = reachable('src/api/meetings/meeting-routes.ts');
    assert.ok([...modules].some((m) => m.startsWith('src/app/performance/')));
  });

  it('StageDeps names the OKR deps and the roster, nothing else', () => {
    const source = readFileSync(join(ROOT, 'src/app/meetings/get-stage-board.ts'), 'utf8');
    const body = /export interface StageDeps \{([^}]*)\}/.exec(source)?.[1] ?? '';
    const members = [...body.matchAll(/readonly (\w+):/g)].map((m) => m[1]);
    assert.deepEqual(members, ['okr', 'participants']);
  });
});
