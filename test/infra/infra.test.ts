/**
 * The real templates under infra/: valid syntax, no undefined identifiers, every security
 * invariant, and the shape the issue asks for. The compiler itself (az bicep build, what-if)
 * runs in .pipelines/infra.yml where a network exists.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BicepProject, describe as describeValue, type ResourceInstance, type Value } from './bicep-model.js';
import { CHECK_IDS, FORMATTED, checkParsed, type Finding } from './bicep-invariants.js';
import { undefinedIdentifiers } from './bicep-identifiers.js';
import { REPO_ROOT, loadInfraSources, parseSources, syntaxProblems, type ParsedFile } from './bicep-parser.js';
import { TANDEM_INFRA_POLICY } from './tandem-infra-policy.js';

describe('infra: Bicep templates', () => {
  let files: ParsedFile[];
  let project: BicepProject;
  let resources: ResourceInstance[];
  let findings: Finding[];

  before(async () => {
    files = await parseSources(loadInfraSources());
    project = new BicepProject(files);
    resources = project.resources();
    findings = checkParsed(files, TANDEM_INFRA_POLICY);
  });

  const ofType = (type: string): ResourceInstance[] => resources.filter((r) => r.type === type && !r.existing);
  const one = (type: string): ResourceInstance => {
    const found = ofType(type);
    assert.equal(found.length, 1, `exactly one ${type}`);
    return found[0] as ResourceInstance;
  };
  const get = (r: ResourceInstance, path: string): Value | undefined => project.lookup(r.file, r.body, path.split('.'), r.env)?.value;

  it('has main.bicep, its parameters file and one module per concern', () => {
    const paths = files.map((f) => f.path);
    for (const expected of [
      'main.bicep',
      'main.bicepparam',
      'modules/app-service.bicep',
      'modules/bot.bicep',
      'modules/cosmos.bicep',
      'modules/identities.bicep',
      'modules/monitoring.bicep',
      'modules/network.bicep',
      'modules/private-endpoint.bicep',
      'modules/storage.bicep',
    ]) {
      assert.ok(paths.includes(expected), `infra/${expected} exists`);
    }
    // Every module is deployed from main.bicep.
    const main = files.find((f) => f.path === 'main.bicep') as ParsedFile;
    const used = new Set(
      [...project.symbols(main).values()].filter((s) => s.kind === 'module').map((s) => project.moduleTarget(main, s.node)?.path),
    );
    for (const path of paths.filter((p) => p.startsWith('modules/'))) assert.ok(used.has(path), `${path} is used by main.bicep`);
  });

  it('parses every file with tree-sitter-bicep without ERROR or MISSING nodes', () => {
    assert.deepEqual(files.flatMap(syntaxProblems), []);
  });

  it('references no undefined identifier', () => {
    assert.deepEqual(files.flatMap(undefinedIdentifiers), []);
  });

  it('meets every invariant', () => {
    assert.equal(findings.length, 0, findings.map(FORMATTED).join('\n'));
    assert.ok(CHECK_IDS.length >= 15);
  });

  it('grants each identity the data contributor role on its own containers, one assignment per container', () => {
    const assignments = ofType('Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments');
    const granted = assignments.map((a) => {
      const principal = project.lookup(a.file, a.body, ['properties', 'principalId'], a.env);
      const origins = principal?.node ? project.trace(a.file, principal.node, a.env) : [];
      const identity = origins.map((o) => (o.kind === 'resource' ? o.symbol : o.kind)).join('+');
      const container = /\/colls\/([^/]+)$/.exec(describeValue(get(a, 'properties.scope')))?.[1];
      return `${identity}:${container}`;
    });
    assert.deepEqual(granted.sort(), [
      'goalsIdentity:deliveries',
      'goalsIdentity:directory',
      'goalsIdentity:okrs',
      'reviewsIdentity:audit',
      'reviewsIdentity:conversations',
      'reviewsIdentity:feedback',
      'reviewsIdentity:reviews',
    ]);
    for (const a of assignments) assert.match(describeValue(get(a, 'properties.roleDefinitionId')), /^dataContributor\.id$/);
    const roleDefinition = resources.find((r) => r.symbol === 'dataContributor');
    assert.equal(roleDefinition?.existing, true, 'the built-in role is referenced, not redefined');
    assert.equal(get(roleDefinition as ResourceInstance, 'name'), '00000000-0000-0000-0000-000000000002');
  });

  it('makes Cosmos DB serverless by default with autoscale as an option, and puts /pk on every container', () => {
    const account = one('Microsoft.DocumentDB/databaseAccounts');
    assert.match(describeValue(get(account, 'properties.capabilities')), /capacityMode == 'Serverless' \? \[\{ name: 'EnableServerless' \}\]/);
    assert.match(describeValue(get(account, 'properties.publicNetworkAccess')), /^publicNetworkAccess$/);
    const database = one('Microsoft.DocumentDB/databaseAccounts/sqlDatabases');
    assert.match(describeValue(get(database, 'properties.options')), /autoscaleSettings: \{ maxThroughput: autoscaleMaxThroughput \}/);
    const containers = ofType('Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers');
    assert.equal(containers.length, 7);
    for (const c of containers) assert.deepEqual(get(c, 'properties.resource.partitionKey.paths'), ['/pk']);
  });

  it('runs the web app on Linux with Node 22 LTS, Always On, a health check and both identities', () => {
    const plan = one('Microsoft.Web/serverfarms');
    assert.equal(get(plan, 'properties.reserved'), true);
    const app = one('Microsoft.Web/sites');
    assert.equal(get(app, 'kind'), 'app,linux');
    assert.equal(get(app, 'properties.siteConfig.linuxFxVersion'), 'NODE|22-lts');
    assert.equal(get(app, 'properties.siteConfig.alwaysOn'), true);
    assert.equal(get(app, 'properties.siteConfig.healthCheckPath'), '/api/health');
    assert.equal(get(app, 'identity.type'), 'UserAssigned');
    assert.deepEqual(Object.keys(get(app, 'identity.userAssignedIdentities') as object).sort(), ['${goalsIdentityId}', '${reviewsIdentityId}']);
    const policies = ofType('Microsoft.Web/sites/basicPublishingCredentialsPolicies');
    assert.deepEqual(policies.map((p) => [get(p, 'name'), get(p, 'properties.allow')]).sort(), [['ftp', false], ['scm', false]]);
  });

  it('gives the goals identity Storage Queue Data Contributor on the account', () => {
    const assignment = one('Microsoft.Authorization/roleAssignments');
    assert.match(describeValue(get(assignment, 'properties.roleDefinitionId')), /queueDataContributorRoleId/);
    const principal = project.lookup(assignment.file, assignment.body, ['properties', 'principalId'], assignment.env)?.node;
    assert.ok(principal, 'the queue role assignment names a principal');
    const origins = project.trace(assignment.file, principal, assignment.env);
    assert.deepEqual(origins.map((o) => (o.kind === 'resource' ? o.symbol : o.kind)), ['goalsIdentity']);
    assert.equal(project.lookup(assignment.file, assignment.body, ['scope'], assignment.env)?.node?.text, 'storage');
  });

  it('registers a single-tenant Azure Bot on /api/messages with the Teams channel', () => {
    const bot = one('Microsoft.BotService/botServices');
    assert.equal(get(bot, 'properties.msaAppType'), 'SingleTenant');
    assert.equal(get(bot, 'location'), 'global');
    const main = files.find((f) => f.path === 'main.bicep') as ParsedFile;
    assert.match(main.text, /messagingEndpoint: 'https:\/\/\$\{app\.outputs\.defaultHostName\}\/api\/messages'/);
    const channel = one('Microsoft.BotService/botServices/channels');
    assert.equal(get(channel, 'name'), 'MsTeamsChannel');
    assert.equal(get(channel, 'properties.properties.isEnabled'), true);
  });

  it('wires Log Analytics and Application Insights, and needs no Key Vault (no secrets)', () => {
    const insights = one('Microsoft.Insights/components');
    assert.equal(describeValue(get(insights, 'properties.WorkspaceResourceId')), 'workspace.id');
    assert.equal(ofType('Microsoft.KeyVault/vaults').length, 0);
    for (const file of files) assert.doesNotMatch(file.text, /@secure\(\)/, `${file.path} takes no secret`);
  });

  it('uses GA API versions, except diagnostic settings (only a preview exists)', () => {
    for (const r of resources) {
      if (r.type === 'Microsoft.Insights/diagnosticSettings') continue;
      assert.match(r.apiVersion, /^\d{4}-\d{2}-\d{2}$/, `${r.file.path} ${r.symbol} uses ${r.apiVersion}`);
    }
  });
});

describe('infra: pipeline definition', () => {
  it('runs the offline checks, the real Bicep compiler and a what-if', () => {
    const pipeline = readFileSync(join(REPO_ROOT, '.pipelines', 'infra.yml'), 'utf8');
    assert.match(pipeline, /test\/infra\/\*\.test\.ts/);
    assert.match(pipeline, /az bicep build --file/);
    assert.match(pipeline, /az bicep build-params --file infra\/main\.bicepparam/);
    assert.match(pipeline, /az deployment group what-if[\s\S]*--template-file infra\/main\.bicep[\s\S]*--parameters infra\/main\.bicepparam/);
  });
});
