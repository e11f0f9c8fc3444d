import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/** The compiled modules (type-only imports are gone, so these are the imports that run) and what each imports. */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js') && !entry.name.endsWith('.test.js')) {
        const text = readFileSync(path, 'utf8');
        const targets = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'|^\s*import\s+'(\.{1,2}\/[^']+)'/gm)].map((m) => resolve(dirname(path), m[1] ?? m[2]!));
        graph.set(path, targets);
      }
    }
  };
  walk(root);
  return graph;
}

/** The strongly connected groups of more than one node (Tarjan), i.e. the import cycles. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const dist = dirname(fileURLToPath(import.meta.url));

test('architecture: no module imports itself through others', () => {
  const graph = importGraph(dist);
  assert.ok(graph.size > 100, `read ${graph.size} modules`);
  assert.deepEqual(cycles(graph).map((group) => group.map((path) => relative(dist, path))), []);
});

test('architecture: the cross-document concerns under link/ depend on each other without cycles', () => {
  const link = join(dist, 'link');
  const concernOf = (path: string) => relative(link, path).split('/')[0]!;
  const graph = new Map<string, string[]>();
  for (const [from, targets] of importGraph(link)) {
    const concern = concernOf(from);
    const outside = targets.filter((target) => target.startsWith(link + '/')).map(concernOf).filter((other) => other !== concern);
    graph.set(concern, [...new Set([...(graph.get(concern) ?? []), ...outside])]);
  }
  assert.ok(graph.size >= 2, `link/ has ${graph.size} concern(s)`);
  assert.deepEqual(cycles(graph), []);
});

test('architecture: the cycle finder finds a cycle', () => {
  const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
  assert.deepEqual(cycles(graph).map((group) => group.sort()), [['a', 'b', 'c']]);
});
