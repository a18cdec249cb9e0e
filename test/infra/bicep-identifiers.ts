/**
 * Undefined-identifier lint for Bicep, on the tree-sitter syntax tree.
 *
 * Every identifier that is read must be one of: a top-level param/var/resource/module/output/
 * type/func or imported symbol of the same file; a loop variable or index in its loop body; a
 * lambda parameter in its call's arguments; a function parameter in its function; a nested
 * resource inside its parent's body; or a namespace (`az`, `sys`). Called identifiers must be a
 * known Bicep function (or a user function), decorators a known decorator, and type names a
 * declared or imported type. Identifiers inside ERROR nodes are left to the syntax check.
 */
import {
  DECLARATION_TYPES,
  declarationName,
  namedChildren,
  topLevelDeclarations,
  type Node,
  type ParsedFile,
} from './bicep-parser.js';

export interface UndefinedIdentifier {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly name: string;
  readonly usage: 'value' | 'function' | 'decorator' | 'type';
}

/** Bicep's built-in functions (sys namespace and az namespace), including .bicepparam ones. */
export const BICEP_FUNCTIONS: ReadonlySet<string> = new Set([
  // any, array, comparison, logical, numeric
  'any', 'array', 'concat', 'contains', 'empty', 'first', 'flatten', 'indexOf', 'intersection', 'items',
  'join', 'last', 'lastIndexOf', 'length', 'max', 'min', 'range', 'skip', 'take', 'union', 'coalesce',
  'equals', 'greater', 'greaterOrEquals', 'less', 'lessOrEquals', 'bool', 'int',
  // date, deployment, files
  'dateTimeAdd', 'dateTimeFromEpoch', 'dateTimeToEpoch', 'utcNow', 'deployment', 'deployer', 'environment',
  'loadFileAsBase64', 'loadJsonContent', 'loadYamlContent', 'loadTextContent', 'loadDirectoryFileInfo',
  // lambdas
  'filter', 'groupBy', 'map', 'mapValues', 'reduce', 'sort', 'toObject',
  // objects
  'json', 'objectKeys', 'shallowMerge', 'tryGet', 'tryIndexFromEnd',
  // resources and scopes
  'extensionResourceId', 'managementGroupResourceId', 'pickZones', 'providers', 'reference', 'resourceId',
  'subscriptionResourceId', 'tenantResourceId', 'toLogicalZone', 'toPhysicalZone', 'managementGroup',
  'resourceGroup', 'subscription', 'tenant',
  // strings
  'base64', 'base64ToJson', 'base64ToString', 'dataUri', 'dataUriToString', 'endsWith', 'format', 'guid',
  'newGuid', 'padLeft', 'replace', 'split', 'startsWith', 'string', 'substring', 'toLower', 'toUpper',
  'trim', 'uniqueString', 'uri', 'uriComponent', 'uriComponentToString', 'buildUri', 'parseUri',
  // networking
  'parseCidr', 'cidrSubnet', 'cidrHost',
  // parameters files
  'readEnvironmentVariable', 'externalInput', 'getSecret',
]);

export const BICEP_DECORATORS: ReadonlySet<string> = new Set([
  'description', 'metadata', 'secure', 'allowed', 'minLength', 'maxLength', 'minValue', 'maxValue',
  'batchSize', 'export', 'sealed', 'discriminator', 'onlyIfNotExists', 'retryOn', 'nullIfNotFound',
]);

export const BICEP_NAMESPACES: ReadonlySet<string> = new Set(['az', 'sys']);

const isKnownFunction = (name: string): boolean => BICEP_FUNCTIONS.has(name) || /^list[A-Z]/.test(name) || name === 'list';

const TYPE_WRAPPERS = new Set(['type', 'nullable_type', 'array_type', 'union_type', 'negated_type', 'parenthesized_type']);

export function undefinedIdentifiers(file: ParsedFile): UndefinedIdentifier[] {
  const values = new Set<string>();
  const types = new Set<string>();
  const functions = new Set<string>();

  for (const decl of topLevelDeclarations(file.root)) {
    const name = declarationName(decl);
    if (!name) continue;
    if (decl.type === 'type_declaration') types.add(name);
    else if (decl.type === 'user_defined_function') functions.add(name);
    else values.add(name);
  }
  for (const statement of namedChildren(file.root)) {
    if (statement.type === 'import_functionality') {
      // import { a, b as c } from '...' declares a and c; import * as ns from '...' declares ns.
      for (const id of namedChildren(statement)) {
        if (id.type !== 'identifier' || id.nextSibling?.type === 'as') continue;
        values.add(id.text);
        types.add(id.text);
        functions.add(id.text);
      }
    } else if (statement.type === 'import_statement' || statement.type === 'import_with_statement') {
      const alias = namedChildren(statement).filter((n) => n.type === 'identifier').at(-1);
      if (alias) values.add(alias.text);
    }
  }

  // Local scopes: the node a name is visible in -> names.
  const scoped = new Map<number, Set<string>>();
  const declare = (scope: Node, name: string): void => {
    const names = scoped.get(scope.id) ?? new Set<string>();
    names.add(name);
    scoped.set(scope.id, names);
  };
  const collectScopes = (node: Node): void => {
    switch (node.type) {
      case 'for_statement': {
        const body = node.childForFieldName('body');
        if (body) {
          const initializer = node.childForFieldName('initializer');
          if (initializer) declare(body, initializer.text);
          const params = namedChildren(node).find((c) => c.type === 'for_loop_parameters');
          for (const p of params ? namedChildren(params) : []) declare(body, p.text);
        }
        break;
      }
      case 'lambda_expression': {
        const head = namedChildren(node)[0];
        const names = head?.type === 'identifier' ? [head] : head?.type === 'parenthesized_expression' ? namedChildren(head) : [];
        // The grammar sometimes parses `x => x.name` as `(x => x).name`, so the body can sit
        // outside the lambda node: scope the parameters to the whole call argument list.
        let scope: Node = node;
        for (let p = node.parent; p; p = p.parent) {
          if (p.type === 'arguments') {
            scope = p;
            break;
          }
          if (DECLARATION_TYPES.has(p.type)) break;
        }
        for (const n of names) if (n.type === 'identifier') declare(scope, n.text);
        break;
      }
      case 'user_defined_function': {
        const params = namedChildren(node).find((c) => c.type === 'parameters');
        for (const p of params ? namedChildren(params) : []) {
          const id = namedChildren(p).find((c) => c.type === 'identifier');
          if (id) declare(node, id.text);
        }
        break;
      }
      case 'resource_declaration': {
        // A nested resource is visible inside its parent's body (and as parent::child).
        if (node.parent?.type === 'object_property' && node.parent.parent) {
          const name = declarationName(node);
          if (name) declare(node.parent.parent, name);
        }
        break;
      }
      default:
        break;
    }
    for (const child of namedChildren(node)) collectScopes(child);
  };
  collectScopes(file.root);

  const inScope = (node: Node, name: string): boolean => {
    for (let p = node.parent; p; p = p.parent) if (scoped.get(p.id)?.has(name)) return true;
    return false;
  };

  const found: UndefinedIdentifier[] = [];
  const report = (node: Node, usage: UndefinedIdentifier['usage']): void => {
    found.push({ path: file.path, line: node.startPosition.row + 1, column: node.startPosition.column + 1, name: node.text, usage });
  };

  const visit = (node: Node): void => {
    if (node.isError) return;
    if (node.type === 'identifier') {
      check(node);
      return;
    }
    for (const child of namedChildren(node)) visit(child);
  };

  const check = (node: Node): void => {
    const parent = node.parent;
    if (!parent) return;
    const first = namedChildren(parent)[0];
    const isFirst = first?.id === node.id;
    const sameAs = (other: Node | null): boolean => other?.id === node.id;

    // Declaration sites, keys and other non-references.
    if (DECLARATION_TYPES.has(parent.type) && (sameAs(parent.childForFieldName('name')) || (isFirst && parent.type !== 'assert_statement'))) return;
    if (parent.type === 'object_property' && isFirst) return;
    if (parent.type === 'compatible_identifier') return;
    if (parent.type === 'resource_expression' && sameAs(parent.childForFieldName('resource'))) return;
    if (parent.type === 'for_statement' && sameAs(parent.childForFieldName('initializer'))) return;
    if (parent.type === 'parameter' && isFirst) return;
    if (parent.type === 'parameterized_type') return;
    if (parent.type === 'import_functionality' || parent.type === 'import_statement' || parent.type === 'import_with_statement') return;
    if (parent.type === 'lambda_expression' && isFirst) return;
    if (parent.type === 'parenthesized_expression' && parent.parent?.type === 'lambda_expression' && namedChildren(parent.parent)[0]?.id === parent.id) return;

    // Calls and decorators.
    if (parent.type === 'call_expression' && sameAs(parent.childForFieldName('function'))) {
      if (parent.parent?.type === 'decorator') {
        if (!BICEP_DECORATORS.has(node.text)) report(node, 'decorator');
      } else if (!isKnownFunction(node.text) && !functions.has(node.text) && !inScope(node, node.text)) {
        report(node, 'function');
      }
      return;
    }

    // Type positions.
    if (isTypePosition(node)) {
      if (!types.has(node.text)) report(node, 'type');
      return;
    }

    if (values.has(node.text) || BICEP_NAMESPACES.has(node.text) || inScope(node, node.text)) return;
    report(node, 'value');
  };

  visit(file.root);
  return found;
}

function isTypePosition(node: Node): boolean {
  let child = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (p.type === 'type_declaration') return namedChildren(p)[0]?.id !== child.id;
    if (TYPE_WRAPPERS.has(p.type)) {
      if (p.type === 'type') return true;
      continue;
    }
    if (p.type === 'object' || p.type === 'object_property' || p.type === 'array') continue;
    return false;
  }
  return false;
}
