/**
 * A small static model of a set of Bicep files: symbols, a partial evaluator for literal values,
 * resource instances (loops expanded over literal arrays) and tracing of a value back through
 * params, module outputs and vars to the resource it comes from.
 *
 * The evaluator never guesses: anything it cannot compute offline (a param, `resource.id`, a
 * function it does not model) becomes an `Unknown` carrying the source text, and string
 * interpolations with unknown parts keep the `${...}` text. Checks built on it fail closed.
 */
import { posix } from 'node:path';
import {
  declarationName,
  line,
  literalString,
  namedChildren,
  objectProperty,
  propertyKey,
  propertyValue,
  topLevelDeclarations,
  unescape,
  unwrap,
  type Node,
  type ParsedFile,
} from './bicep-parser.js';

export class Unknown {
  constructor(readonly source: string) {}
  toString(): string {
    return this.source;
  }
}

export type Value = string | number | boolean | null | Unknown | readonly Value[] | { readonly [key: string]: Value };
export type Env = ReadonlyMap<string, Value>;
const EMPTY_ENV: Env = new Map();

export type SymbolKind = 'param' | 'var' | 'resource' | 'module' | 'type' | 'func' | 'metadata';

export interface BicepSymbol {
  readonly kind: SymbolKind;
  readonly name: string;
  readonly node: Node;
}

export interface ResourceInstance {
  readonly file: ParsedFile;
  readonly symbol: string;
  /** `Microsoft.Web/sites` */
  readonly type: string;
  readonly apiVersion: string;
  readonly existing: boolean;
  readonly declaration: Node;
  /** The object literal that describes the resource (inside `if` / `for` when present). */
  readonly body: Node;
  /** Loop bindings for this instance (empty outside loops). */
  readonly env: Env;
  /** Position in the loop, or null when the declaration is not a loop. */
  readonly index: number | null;
}

export type Origin =
  | { readonly kind: 'resource'; readonly file: ParsedFile; readonly symbol: string; readonly type: string }
  | { readonly kind: 'param'; readonly file: ParsedFile; readonly name: string }
  | { readonly kind: 'unknown'; readonly file: ParsedFile; readonly text: string; readonly line: number };

export function isUnknown(value: Value | undefined): value is Unknown {
  return value instanceof Unknown;
}

export function isObject(value: Value | undefined): value is { readonly [key: string]: Value } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}

/** Text of a value for messages and pattern checks; unknown parts keep their source. */
export function describe(value: Value | undefined): string {
  if (value === undefined) return '(missing)';
  if (value instanceof Unknown) return value.source;
  if (typeof value === 'string') return value;
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Unknown ? `\${${v.source}}` : v));
}

export function splitResourceType(typeString: string): { type: string; apiVersion: string } {
  const at = typeString.lastIndexOf('@');
  return at < 0 ? { type: typeString, apiVersion: '' } : { type: typeString.slice(0, at), apiVersion: typeString.slice(at + 1) };
}

export class BicepProject {
  private readonly symbolTables = new Map<string, Map<string, BicepSymbol>>();
  private readonly outputTables = new Map<string, Map<string, Node>>();
  private readonly varValues = new Map<string, Value>();
  private readonly evaluating = new Set<string>();

  constructor(readonly files: readonly ParsedFile[]) {}

  file(path: string): ParsedFile | undefined {
    return this.files.find((f) => f.path === path);
  }

  symbols(file: ParsedFile): Map<string, BicepSymbol> {
    let table = this.symbolTables.get(file.path);
    if (!table) {
      table = new Map();
      const outputs = new Map<string, Node>();
      const kinds: Record<string, SymbolKind> = {
        parameter_declaration: 'param',
        variable_declaration: 'var',
        resource_declaration: 'resource',
        module_declaration: 'module',
        type_declaration: 'type',
        user_defined_function: 'func',
        metadata_declaration: 'metadata',
      };
      for (const decl of topLevelDeclarations(file.root)) {
        const name = declarationName(decl);
        if (!name) continue;
        if (decl.type === 'output_declaration') outputs.set(name, decl);
        const kind = kinds[decl.type];
        if (kind) table.set(name, { kind, name, node: decl });
      }
      this.symbolTables.set(file.path, table);
      this.outputTables.set(file.path, outputs);
    }
    return table;
  }

  outputs(file: ParsedFile): Map<string, Node> {
    this.symbols(file);
    return this.outputTables.get(file.path) ?? new Map();
  }

  /** The expression a declaration assigns (var value, param default, output value). */
  declaredValue(decl: Node): Node | undefined {
    const children = namedChildren(decl);
    if (decl.type === 'parameter_declaration') return children.length >= 3 ? children[children.length - 1] : undefined;
    if (decl.type === 'variable_declaration' || decl.type === 'output_declaration') return children[children.length - 1];
    return undefined;
  }

  /** `modules/cosmos.bicep` for `module x 'modules/cosmos.bicep'` declared in `main.bicep`. */
  moduleTarget(file: ParsedFile, moduleDecl: Node): ParsedFile | undefined {
    const source = literalString(namedChildren(moduleDecl).find((c) => c.type === 'string'));
    if (!source || /^(br|ts)[:/]/.test(source)) return undefined;
    return this.file(posix.normalize(posix.join(posix.dirname(file.path), source)));
  }

  /** Every module declaration (in any file) that deploys `target`. */
  callers(target: ParsedFile): { file: ParsedFile; module: Node }[] {
    const found: { file: ParsedFile; module: Node }[] = [];
    for (const file of this.files) {
      for (const symbol of this.symbols(file).values()) {
        if (symbol.kind === 'module' && this.moduleTarget(file, symbol.node)?.path === target.path) found.push({ file, module: symbol.node });
      }
    }
    return found;
  }

  /** The object literal of a resource or module declaration, with loop/condition peeled off. */
  bodies(file: ParsedFile, decl: Node): { body: Node; env: Env; index: number | null }[] {
    const last = namedChildren(decl).at(-1);
    if (!last) return [];
    const objectOf = (node: Node): Node | undefined =>
      node.type === 'object' ? node : node.type === 'if_statement' ? namedChildren(node).find((c) => c.type === 'object') : undefined;
    if (last.type !== 'for_statement') {
      const body = objectOf(last);
      return body ? [{ body, env: EMPTY_ENV, index: null }] : [];
    }
    const loopBody = last.childForFieldName('body');
    const body = loopBody ? objectOf(loopBody) : undefined;
    if (!body) return [];
    const { names, items } = this.loopItems(file, last, EMPTY_ENV);
    if (items === undefined) {
      const env = new Map<string, Value>(names.map((n) => [n, new Unknown(n)]));
      return [{ body, env, index: null }];
    }
    return items.map((item, i) => {
      const env = new Map<string, Value>();
      if (names[0]) env.set(names[0], item);
      if (names[1]) env.set(names[1], i);
      return { body, env, index: i };
    });
  }

  private loopItems(file: ParsedFile, loop: Node, env: Env): { names: string[]; items: readonly Value[] | undefined } {
    const initializer = loop.childForFieldName('initializer');
    const params = namedChildren(loop).find((c) => c.type === 'for_loop_parameters');
    const names = initializer ? [initializer.text] : params ? namedChildren(params).map((p) => p.text) : [];
    // The iterable is the expression between `in` and `:`.
    let afterIn = false;
    let iterable: Node | undefined;
    for (const child of loop.children) {
      if (!child) continue;
      if (child.type === 'in') afterIn = true;
      else if (afterIn && child.isNamed && child.type !== 'comment') {
        iterable = child;
        break;
      }
    }
    const value = iterable ? this.evaluate(file, iterable, env) : new Unknown('?');
    return { names, items: Array.isArray(value) ? (value as readonly Value[]) : undefined };
  }

  /** All resource declarations of all files (nested ones included), one instance per loop item. */
  resources(): ResourceInstance[] {
    const found: ResourceInstance[] = [];
    const collect = (file: ParsedFile, decl: Node): void => {
      const symbol = declarationName(decl) ?? '?';
      const typeString = literalString(namedChildren(decl).find((c) => c.type === 'string')) ?? '';
      const { type, apiVersion } = splitResourceType(typeString);
      const existing = decl.children.some((c) => c?.type === 'existing');
      for (const { body, env, index } of this.bodies(file, decl)) {
        found.push({ file, symbol, type, apiVersion, existing, declaration: decl, body, env, index });
        for (const property of namedChildren(body)) {
          const nested = namedChildren(property).find((c) => c.type === 'resource_declaration');
          if (property.type === 'object_property' && nested) collect(file, nested);
        }
      }
    };
    for (const file of this.files) {
      if (file.kind !== 'bicep') continue;
      for (const decl of topLevelDeclarations(file.root)) if (decl.type === 'resource_declaration') collect(file, decl);
    }
    return found;
  }

  /**
   * Node and value at a dotted path inside an object literal (`properties.siteConfig.minTlsVersion`).
   * `undefined` when a key is missing; an `Unknown` value when a step cannot be computed offline.
   */
  lookup(file: ParsedFile, object: Node, path: readonly string[], env: Env): { node?: Node; value: Value } | undefined {
    let node: Node | undefined = object;
    let value: Value | undefined;
    for (let i = 0; i < path.length; i++) {
      const key = path[i] as string;
      if (node && unwrap(node).type === 'object') {
        const next = objectProperty(unwrap(node), key);
        if (!next) return undefined;
        node = next;
        continue;
      }
      // Not an object literal: fall back to the evaluated value.
      value ??= node ? this.evaluate(file, node, env) : undefined;
      node = undefined;
      if (isUnknown(value)) return { value: new Unknown(`${value.source}.${path.slice(i).join('.')}`) };
      if (!isObject(value) || !(key in value)) return undefined;
      value = value[key];
    }
    if (node) return { node, value: this.evaluate(file, node, env) };
    return value === undefined ? undefined : { value };
  }

  evaluate(file: ParsedFile, raw: Node, env: Env): Value {
    const node = unwrap(raw);
    switch (node.type) {
      case 'string':
        return this.evaluateString(file, node, env);
      case 'number':
        return Number(node.text);
      case 'boolean':
        return node.text === 'true';
      case 'null':
        return null;
      case 'array':
        return namedChildren(node)
          .filter((c) => c.type !== 'decorators')
          .map((c) => this.evaluate(file, c, env));
      case 'object': {
        const out: Record<string, Value> = {};
        for (const property of namedChildren(node)) {
          if (property.type !== 'object_property') continue;
          const valueNode = propertyValue(property);
          if (!valueNode || valueNode.type === 'resource_declaration') continue;
          let key = propertyKey(property);
          if (key === undefined) {
            const keyNode = namedChildren(property)[0];
            const evaluated = keyNode ? this.evaluate(file, keyNode, env) : new Unknown('?');
            key = typeof evaluated === 'string' ? evaluated : describe(evaluated);
          }
          out[key] = this.evaluate(file, valueNode, env);
        }
        return out;
      }
      case 'identifier':
        return this.evaluateIdentifier(file, node, env);
      case 'member_expression': {
        const object = node.childForFieldName('object');
        const property = node.childForFieldName('property')?.text;
        if (!object || !property) return new Unknown(node.text);
        const base = this.evaluate(file, object, env);
        if (isObject(base)) return property in base ? (base[property] as Value) : node.text.includes('.?') ? null : new Unknown(node.text);
        return new Unknown(node.text);
      }
      case 'subscript_expression': {
        const object = node.childForFieldName('object');
        const index = node.childForFieldName('index');
        if (!object || !index) return new Unknown(node.text);
        const base = this.evaluate(file, object, env);
        const key = this.evaluate(file, index, env);
        if (Array.isArray(base) && typeof key === 'number') return (base as readonly Value[])[key] ?? new Unknown(node.text);
        if (isObject(base) && typeof key === 'string' && key in base) return base[key] as Value;
        return new Unknown(node.text);
      }
      case 'for_statement': {
        const body = node.childForFieldName('body');
        const { names, items } = this.loopItems(file, node, env);
        if (!body || items === undefined || body.type === 'if_statement') return new Unknown(node.text);
        return items.map((item, i) => {
          const inner = new Map(env);
          if (names[0]) inner.set(names[0], item);
          if (names[1]) inner.set(names[1], i);
          return this.evaluate(file, body, inner);
        });
      }
      case 'ternary_expression': {
        const condition = node.childForFieldName('condition');
        const test = condition ? this.evaluate(file, condition, env) : new Unknown('?');
        const branch = test === true ? node.childForFieldName('consequence') : test === false ? node.childForFieldName('alternative') : null;
        return branch ? this.evaluate(file, branch, env) : new Unknown(node.text);
      }
      case 'binary_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const operator = node.childForFieldName('operator')?.text ?? node.children.find((c) => c && !c.isNamed)?.text;
        if (!left || !right) return new Unknown(node.text);
        const a = this.evaluate(file, left, env);
        const b = this.evaluate(file, right, env);
        const primitive = (v: Value): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
        if (!primitive(a) || !primitive(b)) return new Unknown(node.text);
        if (operator === '==') return a === b;
        if (operator === '!=') return a !== b;
        if (operator === '&&' && typeof a === 'boolean' && typeof b === 'boolean') return a && b;
        if (operator === '||' && typeof a === 'boolean' && typeof b === 'boolean') return a || b;
        return new Unknown(node.text);
      }
      case 'call_expression':
        return this.evaluateCall(file, node, env);
      default:
        return new Unknown(node.text);
    }
  }

  private evaluateString(file: ParsedFile, node: Node, env: Env): Value {
    let text = '';
    let known = true;
    for (const part of node.namedChildren) {
      if (!part) continue;
      if (part.type === 'string_content' || part.type === 'multiline_string_content') text += part.text;
      else if (part.type === 'escape_sequence') text += unescape(part.text);
      else if (part.type === 'interpolation') {
        const expression = namedChildren(part)[0];
        const value = expression ? this.evaluate(file, expression, env) : new Unknown('?');
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') text += String(value);
        else {
          known = false;
          text += `\${${value instanceof Unknown ? value.source : expression?.text ?? '?'}}`;
        }
      }
    }
    return known ? text : new Unknown(text);
  }

  private evaluateIdentifier(file: ParsedFile, node: Node, env: Env): Value {
    const name = node.text;
    if (env.has(name)) return env.get(name) as Value;
    const symbol = this.symbols(file).get(name);
    if (symbol?.kind === 'var') {
      const key = `${file.path}#${name}`;
      const cached = this.varValues.get(key);
      if (cached !== undefined) return cached;
      if (this.evaluating.has(key)) return new Unknown(name);
      this.evaluating.add(key);
      const valueNode = this.declaredValue(symbol.node);
      const value = valueNode ? this.evaluate(file, valueNode, EMPTY_ENV) : new Unknown(name);
      this.evaluating.delete(key);
      this.varValues.set(key, value);
      return value;
    }
    return new Unknown(name);
  }

  private evaluateCall(file: ParsedFile, node: Node, env: Env): Value {
    const fn = node.childForFieldName('function');
    const argsNode = node.childForFieldName('arguments');
    const name = fn?.type === 'identifier' ? fn.text : fn?.type === 'member_expression' && fn.childForFieldName('object')?.text === 'sys' ? fn.childForFieldName('property')?.text : undefined;
    const args = argsNode ? namedChildren(argsNode).map((a) => this.evaluate(file, a, env)) : [];
    const allKnown = args.every((a) => !(a instanceof Unknown));
    if (name === 'concat' && allKnown) {
      if (args.every((a) => Array.isArray(a))) return args.flatMap((a) => a as readonly Value[]);
      if (args.every((a) => typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean')) return args.map(String).join('');
    }
    if (name === 'string' && args.length === 1 && (typeof args[0] === 'string' || typeof args[0] === 'number' || typeof args[0] === 'boolean')) return String(args[0]);
    if (name === 'toLower' && typeof args[0] === 'string') return args[0].toLowerCase();
    if (name === 'toUpper' && typeof args[0] === 'string') return args[0].toUpperCase();
    if (name === 'empty' && allKnown && args.length === 1) {
      const a = args[0];
      return a === null || a === '' || (Array.isArray(a) && a.length === 0) || (isObject(a) && Object.keys(a).length === 0);
    }
    return new Unknown(node.text);
  }

  /**
   * Where does this value come from? Follows vars, module outputs (into the module file) and
   * params (out to every module declaration that deploys the file) until it reaches a resource.
   * A param nobody passes (a top-level param) is an origin of its own.
   */
  trace(file: ParsedFile, raw: Node, env: Env, depth = 0): Origin[] {
    const node = unwrap(raw);
    const unknown = (): Origin[] => [{ kind: 'unknown', file, text: node.text, line: line(node) }];
    if (depth > 25) return unknown();
    if (node.type === 'ternary_expression') {
      return [node.childForFieldName('consequence'), node.childForFieldName('alternative')]
        .filter((b): b is Node => b !== null)
        .flatMap((b) => this.trace(file, b, env, depth + 1));
    }
    // Peel member and subscript access down to the root identifier.
    const path: string[] = [];
    let root: Node | null = node;
    while (root && (root.type === 'member_expression' || root.type === 'subscript_expression' || root.type === 'resource_expression')) {
      if (root.type === 'member_expression') path.unshift(root.childForFieldName('property')?.text ?? '?');
      else if (root.type === 'resource_expression') return unknown();
      else path.unshift('[]');
      const next: Node | null = root.childForFieldName('object');
      root = next ? unwrap(next) : null;
    }
    if (!root || root.type !== 'identifier' || env.has(root.text)) return unknown();
    const symbol = this.symbols(file).get(root.text);
    if (!symbol) return unknown();
    switch (symbol.kind) {
      case 'resource': {
        const typeString = literalString(namedChildren(symbol.node).find((c) => c.type === 'string')) ?? '';
        return [{ kind: 'resource', file, symbol: symbol.name, type: splitResourceType(typeString).type }];
      }
      case 'var': {
        const value = this.declaredValue(symbol.node);
        return value && path.length === 0 ? this.trace(file, value, EMPTY_ENV, depth + 1) : unknown();
      }
      case 'module': {
        const target = this.moduleTarget(file, symbol.node);
        const output = path[0] === 'outputs' && path[1] && target ? this.outputs(target).get(path[1]) : undefined;
        const value = output ? this.declaredValue(output) : undefined;
        return value && target ? this.trace(target, value, EMPTY_ENV, depth + 1) : unknown();
      }
      case 'param': {
        const callers = this.callers(file);
        if (callers.length === 0) return [{ kind: 'param', file, name: symbol.name }];
        return callers.flatMap(({ file: caller, module }) => {
          const origins: Origin[] = [];
          for (const { body, env: callerEnv } of this.bodies(caller, module)) {
            const params = objectProperty(body, 'params');
            const passed = params && unwrap(params).type === 'object' ? objectProperty(unwrap(params), symbol.name) : undefined;
            if (passed) origins.push(...this.trace(caller, passed, callerEnv, depth + 1));
            else {
              const fallback = this.declaredValue(symbol.node);
              origins.push(...(fallback ? this.trace(file, fallback, EMPTY_ENV, depth + 1) : [{ kind: 'param' as const, file, name: symbol.name }]));
            }
          }
          return origins;
        });
      }
      default:
        return unknown();
    }
  }
}
