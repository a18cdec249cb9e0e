import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { buildTabOnce } from './tab-suite.js';

interface Metafile {
  readonly outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
}

/**
 * What the board waits for stays small: the files the entry chunk imports statically must not hold
 * the Fluent UI barrel. Through the barrel, esbuild counts every component any lazy view uses as
 * reachable from the entry and moves it into the shared chunks the board loads first (a 250 KB
 * gzip first load instead of 170); so the first-load views import Fluent from its packages.
 */
describe('the tab’s first load', () => {
  it('does not pull in the Fluent UI barrel or any lazily loaded view', async function () {
    this.timeout(180_000);
    await buildTabOnce();
    const meta = JSON.parse(await readFile('dist/tab/meta.json', 'utf8')) as Metafile;
    const main = Object.keys(meta.outputs).find((o) => o.endsWith('/main.js'))!;
    const initial = new Set<string>();
    const pending = [main];
    while (pending.length > 0) {
      const output = pending.pop()!;
      if (initial.has(output)) continue;
      initial.add(output);
      for (const i of meta.outputs[output]!.imports) if (i.kind === 'import-statement') pending.push(i.path);
    }
    const inputs = [...initial].flatMap((o) => Object.keys(meta.outputs[o]!.inputs));
    assert.deepEqual(inputs.filter((i) => /@fluentui\/react-components\/lib\/index\.js$/.test(i)), []);
    for (const lazyOnly of ['tabs/src/reviews/', 'tabs/src/views/insights/', 'tabs/src/meetings/side-panel', 'tabs/src/admin/', '@fluentui/react-charts']) {
      assert.deepEqual(inputs.filter((i) => i.includes(lazyOnly)), [], `${lazyOnly} loads on demand`);
    }
  });
});
