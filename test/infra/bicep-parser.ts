/**
 * Offline Bicep parsing with tree-sitter-bicep (its bundled WebAssembly grammar, run by
 * web-tree-sitter: no native build, no network). The real compiler runs in .pipelines/infra.yml.
 *
 * `.bicepparam` files: the grammar knows `using` but not `param <name> = <value>`, so a parameters
 * file is parsed as Bicep after rewriting each `param` keyword to `var` plus padding (same length,
 * so lines and columns stay true).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

export type { Node } from 'web-tree-sitter';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const INFRA_DIR = join(REPO_ROOT, 'infra');

export interface SourceFile {
  /** Path relative to the infra folder, with forward slashes: `main.bicep`, `modules/cosmos.bicep`. */
  readonly path: string;
  readonly text: string;
}

export interface ParsedFile extends SourceFile {
  readonly kind: 'bicep' | 'bicepparam';
  /** The text handed to the parser (differs from `text` only for `.bicepparam`). */
  readonly parsedText: string;
  readonly tree: Tree;
  readonly root: Node;
}

export interface SyntaxProblem {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly kind: 'ERROR' | 'MISSING';
  /** For MISSING: the node the parser had to invent; for ERROR: the text it could not place. */
  readonly text: string;
}

let parserPromise: Promise<Parser> | undefined;

/** One parser per process: the grammar loads once (about 150 kB of WebAssembly). */
export function bicepParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-bicep/tree-sitter-bicep.wasm');
    const language = await Language.load(readFileSync(wasm));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

/** `param x = 1` -> `var   x = 1`: same offsets, and the grammar accepts it. */
export function bicepparamAsBicep(text: string): string {
  return text.replace(/^([ \t]*)param(?=[ \t])/gm, '$1var  ');
}

export async function parseSource(source: SourceFile): Promise<ParsedFile> {
  const parser = await bicepParser();
  const kind = source.path.endsWith('.bicepparam') ? 'bicepparam' : 'bicep';
  const parsedText = kind === 'bicepparam' ? bicepparamAsBicep(source.text) : source.text;
  const tree = parser.parse(parsedText);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${source.path}`);
  return { ...source, kind, parsedText, tree, root: tree.rootNode };
}

export function parseSources(sources: readonly SourceFile[]): Promise<ParsedFile[]> {
  return Promise.all(sources.map(parseSource));
}

/** Every `.bicep` and `.bicepparam` file under `dir` (default: the repository's infra folder). */
export function loadInfraSources(dir: string = INFRA_DIR): SourceFile[] {
  const found: SourceFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.bicep(param)?$/.test(entry.name)) {
        found.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(dir);
  return found;
}

/** Every ERROR and MISSING node: tree-sitter's way of saying the text is not valid Bicep. */
export function syntaxProblems(file: ParsedFile): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const visit = (node: Node): void => {
    if (node.isMissing || node.isError) {
      problems.push({
        path: file.path,
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        kind: node.isMissing ? 'MISSING' : 'ERROR',
        text: node.isMissing ? node.type : node.text.slice(0, 80),
      });
      if (node.isError) return; // one report per broken region
    }
    if (node.hasError || node.isMissing) for (const child of node.children) visit(child);
  };
  visit(file.root);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Small syntax helpers shared by the identifier lint, the model and the invariants.
// ---------------------------------------------------------------------------------------------

export const DECLARATION_TYPES = new Set([
  'parameter_declaration',
  'variable_declaration',
  'resource_declaration',
  'module_declaration',
  'output_declaration',
  'type_declaration',
  'metadata_declaration',
  'user_defined_function',
  'test_block',
  'assert_statement',
]);

export function line(node: Node): number {
  return node.startPosition.row + 1;
}

export function namedChildren(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment' && c.type !== 'diagnostic_comment');
}

/** The declared name of a declaration (its first identifier child). */
export function declarationName(decl: Node): string | undefined {
  const name = decl.childForFieldName('name') ?? namedChildren(decl).find((c) => c.type === 'identifier');
  return name?.text;
}

/** Top-level declarations of a file, in order. */
export function topLevelDeclarations(root: Node): Node[] {
  return namedChildren(root).filter((n) => DECLARATION_TYPES.has(n.type));
}

/** The `decorators` statement right before a declaration, if any. */
export function decoratorsOf(decl: Node): Node[] {
  let previous = decl.previousNamedSibling;
  while (previous && (previous.type === 'comment' || previous.type === 'diagnostic_comment')) previous = previous.previousNamedSibling;
  if (!previous || previous.type !== 'decorators') return [];
  return namedChildren(previous).filter((d) => d.type === 'decorator');
}

/** Name of a decorator (`description` for both `@description(...)` and `@sys.description(...)`). */
export function decoratorName(decorator: Node): string | undefined {
  const call = namedChildren(decorator).find((c) => c.type === 'call_expression');
  const fn = call?.childForFieldName('function');
  if (!fn) return undefined;
  if (fn.type === 'identifier') return fn.text;
  if (fn.type === 'member_expression') return fn.childForFieldName('property')?.text;
  return undefined;
}

export function decoratorArguments(decorator: Node): Node[] {
  const call = namedChildren(decorator).find((c) => c.type === 'call_expression');
  const args = call?.childForFieldName('arguments');
  return args ? namedChildren(args) : [];
}

/** The text of a string literal without interpolation, or undefined. */
export function literalString(node: Node | null | undefined): string | undefined {
  if (!node || node.type !== 'string') return undefined;
  let out = '';
  for (const part of node.namedChildren) {
    if (!part) continue;
    if (part.type === 'string_content' || part.type === 'multiline_string_content') out += part.text;
    else if (part.type === 'escape_sequence') out += unescape(part.text);
    else return undefined; // interpolation
  }
  return out;
}

export function unescape(sequence: string): string {
  switch (sequence) {
    case "\\'":
      return "'";
    case '\\\\':
      return '\\';
    case '\\n':
      return '\n';
    case '\\r':
      return '\r';
    case '\\t':
      return '\t';
    case '\\$':
      return '$';
    default: {
      const unicode = /^\\u\{([0-9a-fA-F]+)\}$/.exec(sequence);
      return unicode?.[1] ? String.fromCodePoint(Number.parseInt(unicode[1], 16)) : sequence;
    }
  }
}

/** Key of an object property as written: identifier, `name?`, or a string literal. */
export function propertyKey(property: Node): string | undefined {
  const key = namedChildren(property)[0];
  if (!key) return undefined;
  if (key.type === 'identifier') return key.text;
  if (key.type === 'compatible_identifier') return key.text.replace(/\?$/, '');
  if (key.type === 'string') return literalString(key);
  return undefined;
}

/** Value node of `key: value` (undefined for nested resource declarations). */
export function propertyValue(property: Node): Node | undefined {
  const children = namedChildren(property);
  return children.length >= 2 ? children[children.length - 1] : undefined;
}

/** The value node of `key` in an object literal, or undefined. */
export function objectProperty(object: Node, key: string): Node | undefined {
  for (const property of namedChildren(object)) {
    if (property.type === 'object_property' && propertyKey(property) === key) return propertyValue(property);
  }
  return undefined;
}

/** Strips `( x )` around a single expression. */
export function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression') {
    const inner = namedChildren(current);
    if (inner.length !== 1 || !inner[0]) break;
    current = inner[0];
  }
  return current;
}
