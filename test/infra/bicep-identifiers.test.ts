import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { undefinedIdentifiers } from './bicep-identifiers.js';
import { REPO_ROOT, parseSource, syntaxProblems } from './bicep-parser.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'infra');

async function parseFixture(name: string) {
  const file = await parseSource({ path: name, text: readFileSync(join(FIXTURES, name), 'utf8') });
  assert.deepEqual(syntaxProblems(file), [], `${name} must be valid Bicep`);
  return file;
}

describe('infra: undefined-identifier lint', () => {
  it('accepts every scoping construct: loops, index variables, lambdas, functions, nested resources, imports, types, namespaces', async () => {
    const file = await parseFixture('identifier-scopes.bicep');
    assert.deepEqual(undefinedIdentifiers(file), []);
  });

  it('reports each misspelt or out-of-scope identifier, and nothing else', async () => {
    const file = await parseFixture('identifier-mistakes.bicep');
    // `// expect: <usage> <name>` announces a report on the next line.
    const expected = file.text
      .split('\n')
      .flatMap((text, i) => {
        const match = /^\/\/ expect: (\w+) (\w+)$/.exec(text.trim());
        return match ? [`${i + 2} ${match[1]} ${match[2]}`] : [];
      });
    assert.ok(expected.length >= 8, 'the fixture announces its mistakes');
    const reported = undefinedIdentifiers(file).map((u) => `${u.line} ${u.usage} ${u.name}`);
    assert.deepEqual(reported, expected);
  });

  it('reports syntax errors as ERROR or MISSING nodes with their position', async () => {
    const file = await parseSource({ path: 'broken.bicep', text: "param a string = 'x'\nvar b = concat(a, 'y'\n" });
    const problems = syntaxProblems(file);
    assert.ok(problems.length > 0);
    assert.ok(problems.every((p) => p.path === 'broken.bicep' && p.line >= 2 && (p.kind === 'ERROR' || p.kind === 'MISSING')));
  });
});
