/**
 * Security and consistency invariants of the Bicep templates, read from the tree-sitter syntax
 * tree (no compiler, no network). Each check has an id; `checkInfra` runs them all and returns
 * findings tagged with the check that raised them, so a test can assert that a broken template
 * is caught by exactly the check meant to catch it.
 *
 * Checks fail closed: a value they cannot establish offline (a param where a literal is expected,
 * a principal they cannot trace to an identity) is a finding, not a pass.
 */
import {
  decoratorArguments,
  decoratorName,
  decoratorsOf,
  line,
  literalString,
  namedChildren,
  objectProperty,
  parseSources,
  syntaxProblems,
  topLevelDeclarations,
  unwrap,
  declarationName,
  type Node,
  type ParsedFile,
  type SourceFile,
} from './bicep-parser.js';
import { undefinedIdentifiers } from './bicep-identifiers.js';
import { BicepProject, describe, isObject, type Origin, type ResourceInstance, type Value } from './bicep-model.js';

export const CHECK_IDS = [
  'syntax',
  'undefined-identifier',
  'cosmos-local-auth-disabled',
  'cosmos-key-metadata-writes-disabled',
  'cosmos-data-role-container-scope',
  'identity-separation',
  'containers-match-code',
  'web-app-https-only',
  'web-app-ftps-disabled',
  'minimum-tls',
  'storage-shared-key-disabled',
  'storage-https-only',
  'storage-no-public-blob-access',
  'app-settings',
  'param-descriptions',
  'no-telemetry',
  'parameters-file',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export interface Finding {
  readonly check: CheckId;
  readonly path: string;
  readonly line: number;
  readonly message: string;
}

export interface ContainerSpec {
  readonly id: string;
  readonly partitionKeyPaths: readonly string[];
  readonly excludedPaths: readonly string[];
}

export interface InfraPolicy {
  /** Containers the goals identity may use (and only it). */
  readonly sharedContainers: readonly ContainerSpec[];
  /** Containers the reviews identity may use (and only it). */
  readonly restrictedContainers: readonly ContainerSpec[];
  /** App setting naming the goals identity's client id: it defines which identity is "goals". */
  readonly goalsIdentitySetting: string;
  readonly reviewsIdentitySetting: string;
  /** Settings the web app must have (non-empty). */
  readonly requiredAppSettings: readonly string[];
  /** Exact values some settings must have (TANDEM_MODE: azure). */
  readonly fixedAppSettings: Readonly<Record<string, string>>;
  /** Settings the web app must not have (dev identity). */
  readonly forbiddenAppSettings: readonly string[];
}

export const FORMATTED = (f: Finding): string => `[${f.check}] ${f.path}:${f.line} ${f.message}`;

// ---------------------------------------------------------------------------------------------
// Property rules: a resource type, a path inside its body, the accepted literal values.
// ---------------------------------------------------------------------------------------------

interface PropertyRule {
  readonly check: CheckId;
  readonly type: string;
  readonly path: string;
  readonly allowed: readonly (string | boolean)[];
  /** Only checked when the property is present (override resources such as sites/config). */
  readonly whenPresent?: boolean;
  /** Only for the child resource with this name (`web` for Microsoft.Web/sites/config). */
  readonly name?: string;
}

export const PROPERTY_RULES: readonly PropertyRule[] = [
  { check: 'cosmos-local-auth-disabled', type: 'Microsoft.DocumentDB/databaseAccounts', path: 'properties.disableLocalAuth', allowed: [true] },
  { check: 'cosmos-key-metadata-writes-disabled', type: 'Microsoft.DocumentDB/databaseAccounts', path: 'properties.disableKeyBasedMetadataWriteAccess', allowed: [true] },
  { check: 'minimum-tls', type: 'Microsoft.DocumentDB/databaseAccounts', path: 'properties.minimalTlsVersion', allowed: ['Tls12', 'Tls13'] },
  { check: 'web-app-https-only', type: 'Microsoft.Web/sites', path: 'properties.httpsOnly', allowed: [true] },
  { check: 'web-app-ftps-disabled', type: 'Microsoft.Web/sites', path: 'properties.siteConfig.ftpsState', allowed: ['Disabled'] },
  { check: 'minimum-tls', type: 'Microsoft.Web/sites', path: 'properties.siteConfig.minTlsVersion', allowed: ['1.2', '1.3'] },
  { check: 'minimum-tls', type: 'Microsoft.Web/sites', path: 'properties.siteConfig.scmMinTlsVersion', allowed: ['1.2', '1.3'] },
  { check: 'web-app-ftps-disabled', type: 'Microsoft.Web/sites/config', name: 'web', path: 'properties.ftpsState', allowed: ['Disabled'], whenPresent: true },
  { check: 'minimum-tls', type: 'Microsoft.Web/sites/config', name: 'web', path: 'properties.minTlsVersion', allowed: ['1.2', '1.3'], whenPresent: true },
  { check: 'minimum-tls', type: 'Microsoft.Web/sites/config', name: 'web', path: 'properties.scmMinTlsVersion', allowed: ['1.2', '1.3'], whenPresent: true },
  { check: 'minimum-tls', type: 'Microsoft.Storage/storageAccounts', path: 'properties.minimumTlsVersion', allowed: ['TLS1_2', 'TLS1_3'] },
  { check: 'storage-shared-key-disabled', type: 'Microsoft.Storage/storageAccounts', path: 'properties.allowSharedKeyAccess', allowed: [false] },
  { check: 'storage-https-only', type: 'Microsoft.Storage/storageAccounts', path: 'properties.supportsHttpsTrafficOnly', allowed: [true] },
  { check: 'storage-no-public-blob-access', type: 'Microsoft.Storage/storageAccounts', path: 'properties.allowBlobPublicAccess', allowed: [false] },
];

/** Resource types whose rules must find at least one resource (an empty template proves nothing). */
const REQUIRED_TYPES = new Set(['Microsoft.DocumentDB/databaseAccounts', 'Microsoft.Web/sites', 'Microsoft.Storage/storageAccounts']);

const typeIs = (r: ResourceInstance, type: string): boolean => r.type.toLowerCase() === type.toLowerCase();
const deployed = (resources: readonly ResourceInstance[]): ResourceInstance[] => resources.filter((r) => !r.existing);

function propertyRules(project: BicepProject, resources: readonly ResourceInstance[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of PROPERTY_RULES) {
    const targets = deployed(resources).filter((r) => typeIs(r, rule.type));
    if (targets.length === 0 && REQUIRED_TYPES.has(rule.type) && !rule.whenPresent) {
      findings.push({ check: rule.check, path: '(all files)', line: 0, message: `no ${rule.type} resource found, so ${rule.path} cannot be verified` });
    }
    for (const r of targets) {
      if (rule.name !== undefined) {
        const name = project.lookup(r.file, r.body, ['name'], r.env)?.value;
        if (name !== rule.name) continue;
      }
      const found = project.lookup(r.file, r.body, rule.path.split('.'), r.env);
      const where = { check: rule.check, path: r.file.path, line: line(found?.node ?? r.body) };
      if (!found) {
        if (!rule.whenPresent) findings.push({ ...where, message: `${r.symbol} (${r.type}) does not set ${rule.path}; it must be ${rule.allowed.map(String).join(' or ')}` });
        continue;
      }
      if (!rule.allowed.some((a) => a === found.value)) {
        findings.push({
          ...where,
          message: `${r.symbol} (${r.type}) sets ${rule.path} to ${describe(found.value)}; it must be the literal ${rule.allowed.map(String).join(' or ')}`,
        });
      }
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Cosmos DB data-plane role assignments
// ---------------------------------------------------------------------------------------------

const SQL_ROLE_ASSIGNMENT = 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments';
const CONTAINER_SCOPE = /\/dbs\/[^/]+\/colls\/([^/]+)$/;

interface RoleAssignment {
  readonly instance: ResourceInstance;
  readonly scope: string | undefined;
  readonly scopeNode: Node | undefined;
  readonly principalNode: Node | undefined;
}

function sqlRoleAssignments(project: BicepProject, resources: readonly ResourceInstance[]): RoleAssignment[] {
  return deployed(resources)
    .filter((r) => typeIs(r, SQL_ROLE_ASSIGNMENT))
    .map((instance) => {
      const scope = project.lookup(instance.file, instance.body, ['properties', 'scope'], instance.env);
      const principal = project.lookup(instance.file, instance.body, ['properties', 'principalId'], instance.env);
      return {
        instance,
        scope: scope ? describe(scope.value) : undefined,
        scopeNode: scope?.node,
        principalNode: principal?.node,
      };
    });
}

function roleScopeCheck(project: BicepProject, resources: readonly ResourceInstance[]): Finding[] {
  const findings: Finding[] = [];
  for (const a of sqlRoleAssignments(project, resources)) {
    const where = { check: 'cosmos-data-role-container-scope' as const, path: a.instance.file.path, line: line(a.scopeNode ?? a.instance.body) };
    const label = `${a.instance.symbol}${a.instance.index === null ? '' : `[${a.instance.index}]`}`;
    if (a.scope === undefined) findings.push({ ...where, message: `${label} has no properties.scope: the assignment would cover the whole account` });
    else if (!CONTAINER_SCOPE.test(a.scope)) {
      findings.push({ ...where, message: `${label} is scoped to ${a.scope}; data roles must be scoped to one container (.../dbs/<db>/colls/<container>)` });
    }
  }
  return findings;
}

const identityKey = (o: Origin): string => (o.kind === 'resource' ? `${o.file.path}#${o.symbol}` : o.kind === 'param' ? `${o.file.path}#param:${o.name}` : `${o.file.path}:${o.line} ${o.text}`);

/** The identity resources an app setting's value traces back to, over all web apps. */
function identitiesOfSetting(project: BicepProject, resources: readonly ResourceInstance[], setting: string): { origins: Origin[]; found: boolean } {
  const origins: Origin[] = [];
  let found = false;
  for (const site of deployed(resources).filter((r) => typeIs(r, 'Microsoft.Web/sites'))) {
    for (const { node, file, env } of appSettingNodes(project, site, resources)) {
      if (node.name !== setting) continue;
      found = true;
      origins.push(...project.trace(file, node.value, env));
    }
  }
  return { origins, found };
}

function identitySeparationCheck(project: BicepProject, resources: readonly ResourceInstance[], policy: InfraPolicy): Finding[] {
  const findings: Finding[] = [];
  const add = (path: string, at: number, message: string): void => {
    findings.push({ check: 'identity-separation', path, line: at, message });
  };
  const shared = new Set(policy.sharedContainers.map((c) => c.id));
  const restricted = new Set(policy.restrictedContainers.map((c) => c.id));

  const groups: { name: 'goals' | 'reviews'; setting: string; keys: Set<string> }[] = [];
  for (const [name, setting] of [
    ['goals', policy.goalsIdentitySetting],
    ['reviews', policy.reviewsIdentitySetting],
  ] as const) {
    const { origins, found } = identitiesOfSetting(project, resources, setting);
    const identities = origins.filter((o) => o.kind === 'resource' && o.type.toLowerCase() === 'microsoft.managedidentity/userassignedidentities');
    if (!found) add('(all files)', 0, `no web app sets ${setting}, so the ${name} identity cannot be identified`);
    else if (identities.length === 0 || identities.length !== origins.length) {
      add('(all files)', 0, `${setting} does not trace to a user-assigned identity (${origins.map(identityKey).join(', ') || 'nothing'})`);
    }
    groups.push({ name, setting, keys: new Set(identities.map(identityKey)) });
  }
  const [goals, reviews] = groups as [(typeof groups)[0], (typeof groups)[0]];
  for (const key of goals.keys) {
    if (reviews.keys.has(key)) add('(all files)', 0, `${goals.setting} and ${reviews.setting} name the same identity (${key}); the restricted containers need their own`);
  }

  for (const a of sqlRoleAssignments(project, resources)) {
    const { instance } = a;
    const label = `${instance.symbol}${instance.index === null ? '' : `[${instance.index}]`}`;
    const at = line(a.principalNode ?? instance.body);
    const container = a.scope !== undefined ? CONTAINER_SCOPE.exec(a.scope)?.[1] : undefined;
    if (a.scope === undefined || !CONTAINER_SCOPE.test(a.scope)) continue; // reported by the scope check
    if (!a.principalNode) {
      add(instance.file.path, at, `${label} has no properties.principalId`);
      continue;
    }
    const origins = project.trace(instance.file, a.principalNode, instance.env);
    if (container === undefined || container.includes('${')) {
      add(instance.file.path, at, `${label}: cannot tell which container ${a.scope} is`);
      continue;
    }
    for (const origin of origins) {
      const key = identityKey(origin);
      const group = goals.keys.has(key) ? 'goals' : reviews.keys.has(key) ? 'reviews' : undefined;
      if (group === undefined) {
        add(instance.file.path, at, `${label} grants container ${container} to ${key}, which is neither the goals nor the reviews identity`);
      } else if (group === 'goals' && !shared.has(container)) {
        add(instance.file.path, at, `${label} grants the goals identity container ${container}; it may only use ${[...shared].join(', ')}`);
      } else if (group === 'reviews' && !restricted.has(container)) {
        add(instance.file.path, at, `${label} grants the reviews identity container ${container}; it may only use ${[...restricted].join(', ')}`);
      }
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Containers agree with the TypeScript definitions
// ---------------------------------------------------------------------------------------------

const CONTAINER_TYPE = 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers';

function containersCheck(project: BicepProject, resources: readonly ResourceInstance[], policy: InfraPolicy): Finding[] {
  const findings: Finding[] = [];
  const expected = new Map([...policy.sharedContainers, ...policy.restrictedContainers].map((c) => [c.id, c]));
  const seen = new Set<string>();
  const containers = deployed(resources).filter((r) => typeIs(r, CONTAINER_TYPE));
  for (const r of containers) {
    const resource = project.lookup(r.file, r.body, ['properties', 'resource'], r.env);
    const value = resource?.value;
    const at = line(resource?.node ?? r.body);
    const add = (message: string): void => {
      findings.push({ check: 'containers-match-code', path: r.file.path, line: at, message });
    };
    if (!isObject(value)) {
      add(`${r.symbol}: properties.resource is not a literal (${describe(value)})`);
      continue;
    }
    const id = value['id'];
    if (typeof id !== 'string') {
      add(`${r.symbol}: container id is not a literal (${describe(id)})`);
      continue;
    }
    seen.add(id);
    const spec = expected.get(id);
    if (!spec) {
      add(`container ${id} is not defined in the code (expected one of ${[...expected.keys()].join(', ')})`);
      continue;
    }
    const partitionKey = value['partitionKey'];
    const paths = isObject(partitionKey) ? partitionKey['paths'] : undefined;
    if (describe(paths) !== JSON.stringify(spec.partitionKeyPaths)) add(`container ${id}: partition key paths ${describe(paths)}, code uses ${JSON.stringify(spec.partitionKeyPaths)}`);
    const indexing = value['indexingPolicy'];
    const excluded = isObject(indexing) ? indexing['excludedPaths'] : undefined;
    const excludedPaths = Array.isArray(excluded) ? (excluded as readonly Value[]).map((e) => (isObject(e) ? e['path'] : e)) : undefined;
    if (!excludedPaths || excludedPaths.some((p) => typeof p !== 'string')) {
      add(`container ${id}: excluded index paths are not literal (${describe(excluded)})`);
    } else {
      const actual = [...(excludedPaths as string[])].sort();
      const wanted = [...spec.excludedPaths].sort();
      if (JSON.stringify(actual) !== JSON.stringify(wanted)) add(`container ${id}: excluded index paths ${JSON.stringify(actual)}, code uses ${JSON.stringify(wanted)}`);
    }
    const included = isObject(indexing) ? describe(indexing['includedPaths']) : '(missing)';
    if (included !== JSON.stringify([{ path: '/*' }])) add(`container ${id}: included paths ${included}, expected everything (/*) minus the excluded long text`);
  }
  for (const id of expected.keys()) {
    if (!seen.has(id)) findings.push({ check: 'containers-match-code', path: '(all files)', line: 0, message: `container ${id} from the code is not deployed` });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// App settings
// ---------------------------------------------------------------------------------------------

interface AppSettingNode {
  readonly node: { readonly name: string; readonly value: Node };
  readonly file: ParsedFile;
  readonly env: ReadonlyMap<string, Value>;
}

/** Settings from siteConfig.appSettings and from sites/config 'appsettings' children of the site. */
function appSettingNodes(project: BicepProject, site: ResourceInstance, resources: readonly ResourceInstance[]): AppSettingNode[] {
  const out: AppSettingNode[] = [];
  const list = project.lookup(site.file, site.body, ['properties', 'siteConfig', 'appSettings'], site.env);
  if (list?.node && unwrap(list.node).type === 'array') {
    for (const item of namedChildren(unwrap(list.node))) {
      if (item.type !== 'object') continue;
      const name = literalString(objectProperty(item, 'name'));
      const value = objectProperty(item, 'value');
      if (name !== undefined && value) out.push({ node: { name, value }, file: site.file, env: site.env });
    }
  }
  for (const config of deployed(resources).filter((r) => typeIs(r, 'Microsoft.Web/sites/config') && r.file.path === site.file.path)) {
    if (project.lookup(config.file, config.body, ['name'], config.env)?.value !== 'appsettings') continue;
    const properties = objectProperty(config.body, 'properties');
    if (!properties || unwrap(properties).type !== 'object') continue;
    for (const property of namedChildren(unwrap(properties))) {
      const keyNode = namedChildren(property)[0];
      const value = namedChildren(property)[1];
      const name = keyNode?.type === 'identifier' ? keyNode.text : literalString(keyNode);
      if (name !== undefined && value) out.push({ node: { name, value }, file: config.file, env: config.env });
    }
  }
  return out;
}

function appSettingsCheck(project: BicepProject, resources: readonly ResourceInstance[], policy: InfraPolicy): Finding[] {
  const findings: Finding[] = [];
  for (const site of deployed(resources).filter((r) => typeIs(r, 'Microsoft.Web/sites'))) {
    const settings = appSettingNodes(project, site, resources);
    const add = (at: number, message: string): void => {
      findings.push({ check: 'app-settings', path: site.file.path, line: at, message });
    };
    const byName = new Map(settings.map((s) => [s.node.name, s]));
    for (const name of policy.requiredAppSettings) {
      const setting = byName.get(name);
      if (!setting) add(line(site.body), `${site.symbol} does not set ${name}`);
      else if (project.evaluate(setting.file, setting.node.value, setting.env) === '') add(line(setting.node.value), `${site.symbol} sets ${name} to an empty string`);
    }
    for (const [name, wanted] of Object.entries(policy.fixedAppSettings)) {
      const setting = byName.get(name);
      const value = setting ? project.evaluate(setting.file, setting.node.value, setting.env) : undefined;
      if (setting && value !== wanted) add(line(setting.node.value), `${site.symbol} sets ${name} to ${describe(value)}; it must be ${wanted}`);
    }
    for (const name of policy.forbiddenAppSettings) {
      const setting = byName.get(name);
      if (setting) add(line(setting.node.value), `${site.symbol} sets ${name}, which production must not have`);
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Azure Verified Modules habits
// ---------------------------------------------------------------------------------------------

function paramDescriptionsCheck(files: readonly ParsedFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files.filter((f) => f.kind === 'bicep')) {
    for (const decl of topLevelDeclarations(file.root)) {
      if (decl.type !== 'parameter_declaration') continue;
      const name = declarationName(decl) ?? '?';
      const add = (message: string): void => {
        findings.push({ check: 'param-descriptions', path: file.path, line: line(decl), message: `param ${name}: ${message}` });
      };
      const description = decoratorsOf(decl).find((d) => decoratorName(d) === 'description');
      const text = description ? literalString(decoratorArguments(description)[0]) : undefined;
      const children = namedChildren(decl);
      const hasDefault = children.length >= 3;
      const nullable = children[1]?.text.trim().endsWith('?') ?? false;
      if (text === undefined) add('needs @description(\'Required. ...\') or @description(\'Optional. ...\')');
      else if (text.startsWith('Required.')) {
        if (hasDefault || nullable) add('is described as Required. but has a default (or is nullable): describe it as Optional.');
      } else if (text.startsWith('Optional.')) {
        if (!hasDefault && !nullable) add('is described as Optional. but has no default: give it one or describe it as Required.');
      } else add(`description must start with 'Required.' or 'Optional.' (it starts "${text.slice(0, 30)}")`);
    }
  }
  return findings;
}

function telemetryCheck(project: BicepProject, resources: readonly ResourceInstance[]): Finding[] {
  const findings: Finding[] = [];
  for (const r of resources.filter((x) => typeIs(x, 'Microsoft.Resources/deployments'))) {
    findings.push({
      check: 'no-telemetry',
      path: r.file.path,
      line: line(r.declaration),
      message: `${r.symbol} is a nested Microsoft.Resources/deployments resource (the shape of a usage-telemetry deployment); use a module instead`,
    });
  }
  for (const file of project.files.filter((f) => f.kind === 'bicep')) {
    for (const decl of topLevelDeclarations(file.root)) {
      if (decl.type !== 'module_declaration') continue;
      const source = literalString(namedChildren(decl).find((c) => c.type === 'string')) ?? '';
      if (!/^(br|ts)[:/]/.test(source)) continue;
      for (const { body, env } of project.bodies(file, decl)) {
        const flag = project.lookup(file, body, ['params', 'enableTelemetry'], env);
        if (flag?.value !== false) {
          findings.push({ check: 'no-telemetry', path: file.path, line: line(decl), message: `registry module ${source} must be called with enableTelemetry: false` });
        }
      }
    }
  }
  return findings;
}

function parametersFileCheck(project: BicepProject): Finding[] {
  const findings: Finding[] = [];
  for (const file of project.files.filter((f) => f.kind === 'bicepparam')) {
    const add = (at: number, message: string): void => {
      findings.push({ check: 'parameters-file', path: file.path, line: at, message });
    };
    const using = namedChildren(file.root).find((n) => n.type === 'using_statement');
    const target = using ? literalString(namedChildren(using).find((c) => c.type === 'string')) : undefined;
    const templateFile = target ? project.file(target.replace(/^\.\//, '')) : undefined;
    if (!using || !target) {
      add(1, 'has no using statement');
      continue;
    }
    if (!templateFile) {
      add(line(using), `uses ${target}, which is not among the Bicep files`);
      continue;
    }
    const declared = new Map<string, Node>();
    for (const decl of topLevelDeclarations(templateFile.root)) {
      const name = declarationName(decl);
      if (decl.type === 'parameter_declaration' && name) declared.set(name, decl);
    }
    const assigned = new Set<string>();
    for (const decl of topLevelDeclarations(file.root)) {
      const name = declarationName(decl);
      // Parsed as `var` (see bicepparamAsBicep); the original keyword is `param`.
      const source = file.text.split('\n')[decl.startPosition.row] ?? '';
      if (decl.type !== 'variable_declaration' || !name || !/^\s*param\s/.test(source)) continue;
      assigned.add(name);
      if (!declared.has(name)) add(line(decl), `assigns ${name}, which ${templateFile.path} does not declare`);
    }
    for (const [name, decl] of declared) {
      const children = namedChildren(decl);
      const required = children.length < 3 && !(children[1]?.text.trim().endsWith('?') ?? false);
      if (required && !assigned.has(name)) add(line(using), `does not assign the required param ${name} of ${templateFile.path}`);
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

export async function checkInfra(sources: readonly SourceFile[], policy: InfraPolicy): Promise<Finding[]> {
  return checkParsed(await parseSources(sources), policy);
}

export function checkParsed(files: readonly ParsedFile[], policy: InfraPolicy): Finding[] {
  const project = new BicepProject(files);
  const resources = project.resources();
  const findings: Finding[] = [];
  for (const file of files) {
    for (const p of syntaxProblems(file)) {
      findings.push({ check: 'syntax', path: p.path, line: p.line, message: `${p.kind} at column ${p.column}: ${p.text}` });
    }
    for (const u of undefinedIdentifiers(file)) {
      findings.push({ check: 'undefined-identifier', path: u.path, line: u.line, message: `${u.usage} ${u.name} is not declared (column ${u.column})` });
    }
  }
  findings.push(
    ...propertyRules(project, resources),
    ...roleScopeCheck(project, resources),
    ...identitySeparationCheck(project, resources, policy),
    ...containersCheck(project, resources, policy),
    ...appSettingsCheck(project, resources, policy),
    ...paramDescriptionsCheck(files),
    ...telemetryCheck(project, resources),
    ...parametersFileCheck(project),
  );
  return findings;
}

/** Distinct check ids among findings, in CHECK_IDS order. */
export function failingChecks(findings: readonly Finding[]): CheckId[] {
  const failing = new Set(findings.map((f) => f.check));
  return CHECK_IDS.filter((id) => failing.has(id));
}

