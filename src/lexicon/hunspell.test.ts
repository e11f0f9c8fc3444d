import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HunspellAnalyzer, type HunspellRules } from './hunspell.js';

/** A table of two stems and two suffix rules in the compiled format: "ship" takes -s (flag A), "walk" -s and -ed (A, B). */
function table(): string {
  const rules: HunspellRules = {
    format: 'triangulate.hunspell/2',
    special: {},
    ignore: '',
    iconv: [],
    rules: [
      ['S', 'A', '', 's', '', '[^s]', 1],
      ['S', 'B', '', 'ed', '', '[^e]', 1],
    ],
  };
  return [JSON.stringify(rules), 'ship\tA', 'walk\tAB'].join('\n');
}

test('a stem look-up compiles no affix rules; the first analysis compiles them and strips affixes', () => {
  const analyzer = new HunspellAnalyzer(table());
  assert.deepEqual(analyzer.analyseStem('ship'), [{ lemma: 'ship', pos: null }]);
  assert.deepEqual(analyzer.analyseStem('ships'), []);
  assert.equal(analyzer.rulesCompiled, false);
  assert.deepEqual(analyzer.analyse('walked'), [{ lemma: 'walk', pos: null }]);
  assert.equal(analyzer.rulesCompiled, true);
  assert.deepEqual(analyzer.analyse('ships'), [{ lemma: 'ship', pos: null }]);
  // The stem's flags decide: "ship" has no -ed rule.
  assert.deepEqual(analyzer.analyse('shiped'), []);
});

test('a table can compile its rules before its first analysis (preloading), with the same analyses after', () => {
  const analyzer = new HunspellAnalyzer(table());
  analyzer.compileRules();
  assert.equal(analyzer.rulesCompiled, true);
  assert.deepEqual(analyzer.analyse('walks'), [{ lemma: 'walk', pos: null }]);
});
