import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Ambition calibration and the other OKR insights are coaching material, never a performance signal
 * (src/domain/okr/insights/README.md). Performance-management code must not import them, directly
 * or through a re-export: this scans every performance module for an import that reaches them.
 */
const PERFORMANCE_ROOTS = ['src/domain/performance', 'src/app/performance', 'src/api/performance', 'src/store/reviews', 'bot/performance', 'tabs/src/reviews'];
const FORBIDDEN = /(?:from|import)\s*\(?\s*['"][^'"]*(?:okr\/insights\/|app\/insights\/|api\/insights\/|views\/insights\/|ambition-calibration)[^'"]*['"]/;

async function sourceFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : Promise.resolve(/\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : []))));
  return nested.flat();
}

describe('insights: the wall to performance management', () => {
  it('no performance-management module imports OKR insights or ambition calibration', async () => {
    const files = (await Promise.all(PERFORMANCE_ROOTS.map(sourceFiles))).flat();
    const offenders: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const line of text.split('\n')) if (FORBIDDEN.test(line)) offenders.push(`${file}: ${line.trim()}`);
    }
    assert.deepEqual(offenders, []);
  });

  it('the pattern catches the imports it is meant to catch', () => {
    assert.ok(FORBIDDEN.test("import { calibrationPrompts } from '../../domain/okr/insights/ambition-calibration.js';"));
    assert.ok(FORBIDDEN.test("import type { GradeInsights } from '../insights/get-grade-insights.js'".replace('../insights/', '../../app/insights/')));
    assert.ok(FORBIDDEN.test("const m = await import('../okr/insights/grades-view.js')"));
    assert.ok(!FORBIDDEN.test("import { gradeBand } from '../../domain/okr/grading.js';"));
  });
});
