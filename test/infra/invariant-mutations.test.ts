/**
 * Each invariant check catches what it is meant to catch: a copy of the real templates with one
 * deliberate mistake must fail exactly that check (and no other), so a check can neither pass
 * vacuously nor hide behind another one.
 */
import assert from 'node:assert/strict';
import { CHECK_IDS, FORMATTED, checkInfra, failingChecks, type CheckId } from './bicep-invariants.js';
import { loadInfraSources, type SourceFile } from './bicep-parser.js';
import { TANDEM_INFRA_POLICY } from './tandem-infra-policy.js';

interface Mutation {
  readonly check: CheckId;
  readonly title: string;
  readonly file: string;
  /** Text that must occur exactly once in the file, and its replacement. */
  readonly from?: string;
  readonly to?: string;
  /** Or: text appended to the file. */
  readonly append?: string;
}

const WEB_CONFIG = (property: string): string => `
resource webConfig 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'web'
  properties: {
    ${property}
  }
}
`;

const GOALS_SCOPE = `principalId: goalsPrincipalId
      roleDefinitionId: dataContributor.id
      scope: '\${account.id}/dbs/\${databaseName}/colls/\${container.name}'`;
const REVIEWS_SCOPE = GOALS_SCOPE.replace('goalsPrincipalId', 'reviewsPrincipalId');

const MUTATIONS: readonly Mutation[] = [
  // syntax
  { check: 'syntax', title: 'an output without =', file: 'modules/private-endpoint.bicep', from: 'output id string = privateEndpoint.id', to: 'output id string privateEndpoint.id' },
  { check: 'syntax', title: 'an unclosed call in the parameters file', file: 'main.bicepparam', from: "readEnvironmentVariable('TANDEM_NAME_PREFIX', 'tandem')", to: "readEnvironmentVariable('TANDEM_NAME_PREFIX', 'tandem'" },
  { check: 'syntax', title: 'a stray token between declarations', file: 'modules/bot.bicep', from: "@description('Resource id of the Azure Bot.')", to: "=>\n@description('Resource id of the Azure Bot.')" },

  // undefined identifiers
  { check: 'undefined-identifier', title: 'a misspelt parent symbol', file: 'modules/storage.bicep', from: 'parent: queueService', to: 'parent: queueServce' },
  { check: 'undefined-identifier', title: 'a misspelt param in a module call', file: 'main.bicep', from: 'retentionInDays: logRetentionInDays', to: 'retentionInDays: logRetentionDays' },
  { check: 'undefined-identifier', title: 'an unknown function', file: 'modules/cosmos.bicep', from: 'name: guid(account.id, goalsPrincipalId', to: 'name: giud(account.id, goalsPrincipalId' },
  { check: 'undefined-identifier', title: 'a loop variable used outside its loop', file: 'modules/cosmos.bicep', from: 'output databaseName string = database.name', to: 'output databaseName string = container.name' },
  { check: 'undefined-identifier', title: 'an unknown function in the parameters file', file: 'main.bicepparam', from: "param botAppId = readEnvironmentVariable('TANDEM_BOT_APP_ID')", to: "param botAppId = readEnvVariable('TANDEM_BOT_APP_ID')" },

  // Cosmos DB account
  { check: 'cosmos-local-auth-disabled', title: 'local (key) auth enabled', file: 'modules/cosmos.bicep', from: 'disableLocalAuth: true', to: 'disableLocalAuth: false' },
  { check: 'cosmos-local-auth-disabled', title: 'disableLocalAuth left out', file: 'modules/cosmos.bicep', from: '    disableLocalAuth: true\n', to: '' },
  { check: 'cosmos-local-auth-disabled', title: 'disableLocalAuth from a param', file: 'modules/cosmos.bicep', from: 'disableLocalAuth: true', to: 'disableLocalAuth: !empty(location)' },
  { check: 'cosmos-key-metadata-writes-disabled', title: 'key-based metadata writes allowed', file: 'modules/cosmos.bicep', from: 'disableKeyBasedMetadataWriteAccess: true', to: 'disableKeyBasedMetadataWriteAccess: false' },

  // data-plane role scope
  { check: 'cosmos-data-role-container-scope', title: 'the goals role widened to the account', file: 'modules/cosmos.bicep', from: GOALS_SCOPE, to: GOALS_SCOPE.replace(/scope: .*$/, 'scope: account.id') },
  { check: 'cosmos-data-role-container-scope', title: 'the reviews role widened to the database', file: 'modules/cosmos.bicep', from: REVIEWS_SCOPE, to: REVIEWS_SCOPE.replace(/scope: .*$/, "scope: '${account.id}/dbs/${databaseName}'") },
  { check: 'cosmos-data-role-container-scope', title: 'the scope left out', file: 'modules/cosmos.bicep', from: GOALS_SCOPE, to: GOALS_SCOPE.replace(/\n\s*scope: .*$/, '') },

  // identity separation
  { check: 'identity-separation', title: 'the goals identity given the restricted containers', file: 'modules/cosmos.bicep', from: '  for container in sharedContainers: {\n    parent: account\n    name: guid(account.id, goalsPrincipalId', to: '  for container in restrictedContainers: {\n    parent: account\n    name: guid(account.id, goalsPrincipalId' },
  { check: 'identity-separation', title: 'the reviews identity wired into the goals role', file: 'main.bicep', from: 'goalsPrincipalId: identities.outputs.goalsPrincipalId', to: 'goalsPrincipalId: identities.outputs.reviewsPrincipalId' },
  { check: 'identity-separation', title: 'one identity named by both client id settings', file: 'modules/app-service.bicep', from: "{ name: 'REVIEWS_IDENTITY_CLIENT_ID', value: reviewsIdentityClientId }", to: "{ name: 'REVIEWS_IDENTITY_CLIENT_ID', value: goalsIdentityClientId }" },
  { check: 'identity-separation', title: 'a container role for a principal that is neither identity', file: 'modules/cosmos.bicep', from: '      principalId: reviewsPrincipalId', to: "      principalId: '11111111-1111-1111-1111-111111111111'" },

  // containers agree with src/store
  { check: 'containers-match-code', title: 'a long-text field indexed again', file: 'modules/cosmos.bicep', from: "      { path: '/answers/?' }\n", to: '' },
  { check: 'containers-match-code', title: 'another partition key', file: 'modules/cosmos.bicep', from: "            '/pk'", to: "            '/tenantId'" },
  { check: 'containers-match-code', title: 'the audit container dropped', file: 'modules/cosmos.bicep', from: "  {\n    name: 'audit'\n    excludedPaths: [\n      { path: '/\"_etag\"/?' }\n    ]\n  }\n", to: '' },

  // web app
  { check: 'web-app-https-only', title: 'httpsOnly dropped', file: 'modules/app-service.bicep', from: '    httpsOnly: true\n', to: '' },
  { check: 'web-app-https-only', title: 'httpsOnly false', file: 'modules/app-service.bicep', from: 'httpsOnly: true', to: 'httpsOnly: false' },
  { check: 'web-app-ftps-disabled', title: 'FTPS allowed', file: 'modules/app-service.bicep', from: "ftpsState: 'Disabled'", to: "ftpsState: 'FtpsOnly'" },
  { check: 'web-app-ftps-disabled', title: 'FTP re-enabled by a sites/config override', file: 'modules/app-service.bicep', append: WEB_CONFIG("ftpsState: 'AllAllowed'") },

  // minimum TLS
  { check: 'minimum-tls', title: 'Cosmos DB accepts TLS 1.0', file: 'modules/cosmos.bicep', from: "minimalTlsVersion: 'Tls12'", to: "minimalTlsVersion: 'Tls'" },
  { check: 'minimum-tls', title: 'web app accepts TLS 1.0', file: 'modules/app-service.bicep', from: "minTlsVersion: '1.2'", to: "minTlsVersion: '1.0'" },
  { check: 'minimum-tls', title: 'Kudu (SCM) accepts TLS 1.1', file: 'modules/app-service.bicep', from: "scmMinTlsVersion: '1.2'", to: "scmMinTlsVersion: '1.1'" },
  { check: 'minimum-tls', title: 'web app TLS weakened by a sites/config override', file: 'modules/app-service.bicep', append: WEB_CONFIG("minTlsVersion: '1.0'") },
  { check: 'minimum-tls', title: 'storage accepts TLS 1.0', file: 'modules/storage.bicep', from: "minimumTlsVersion: 'TLS1_2'", to: "minimumTlsVersion: 'TLS1_0'" },
  { check: 'minimum-tls', title: 'storage minimum TLS left out', file: 'modules/storage.bicep', from: "    minimumTlsVersion: 'TLS1_2'\n", to: '' },

  // storage
  { check: 'storage-shared-key-disabled', title: 'shared keys enabled', file: 'modules/storage.bicep', from: 'allowSharedKeyAccess: false', to: 'allowSharedKeyAccess: true' },
  { check: 'storage-shared-key-disabled', title: 'allowSharedKeyAccess left out (Azure defaults it to allowed)', file: 'modules/storage.bicep', from: '    allowSharedKeyAccess: false\n', to: '' },
  { check: 'storage-https-only', title: 'HTTP allowed', file: 'modules/storage.bicep', from: 'supportsHttpsTrafficOnly: true', to: 'supportsHttpsTrafficOnly: false' },
  { check: 'storage-no-public-blob-access', title: 'public blob access allowed', file: 'modules/storage.bicep', from: 'allowBlobPublicAccess: false', to: 'allowBlobPublicAccess: true' },

  // app settings
  { check: 'app-settings', title: 'local mode in Azure', file: 'modules/app-service.bicep', from: "{ name: 'TANDEM_MODE', value: 'azure' }", to: "{ name: 'TANDEM_MODE', value: 'local' }" },
  { check: 'app-settings', title: 'a dev identity setting', file: 'modules/app-service.bicep', from: "{ name: 'TANDEM_MODE', value: 'azure' }", to: "{ name: 'TANDEM_MODE', value: 'azure' }\n        { name: 'TANDEM_DEV_IDENTITY', value: 'true' }" },
  { check: 'app-settings', title: 'BOT_APP_ID missing', file: 'modules/app-service.bicep', from: "        { name: 'BOT_APP_ID', value: botAppId }\n", to: '' },
  { check: 'app-settings', title: 'BOT_APP_ID empty (disables inbound bot auth)', file: 'modules/app-service.bicep', from: "{ name: 'BOT_APP_ID', value: botAppId }", to: "{ name: 'BOT_APP_ID', value: '' }" },

  // AVM habits
  { check: 'param-descriptions', title: 'a description without Required./Optional.', file: 'modules/bot.bicep', from: "@description('Optional. Tags applied to the bot.')", to: "@description('Tags applied to the bot.')" },
  { check: 'param-descriptions', title: 'a param without a description', file: 'modules/identities.bicep', from: "@description('Required. Name of the identity that reads and writes the shared goal containers (okrs, directory) and the send queue.')\n", to: '' },
  { check: 'param-descriptions', title: 'Required. on a param with a default', file: 'modules/storage.bicep', from: "@description('Optional. Replication of the account.')", to: "@description('Required. Replication of the account.')" },
  { check: 'param-descriptions', title: 'Optional. on a param without a default', file: 'main.bicep', from: "@description('Required. Tenant id of the bot Entra app registration.')", to: "@description('Optional. Tenant id of the bot Entra app registration.')" },
  {
    check: 'no-telemetry',
    title: 'an AVM-style usage telemetry deployment',
    file: 'main.bicep',
    append: `
resource avmTelemetry 'Microsoft.Resources/deployments@2024-03-01' = {
  name: '46d3xbcp.ptn.tandem.\${uniqueString(deployment().name, location)}'
  properties: {
    mode: 'Incremental'
    template: {
      contentVersion: '1.0.0.0'
      resources: []
    }
  }
}
`,
  },
  {
    check: 'no-telemetry',
    title: 'a registry module with telemetry left on',
    file: 'main.bicep',
    append: `
module extraIdentity 'br/public:avm/res/managed-identity/user-assigned-identity:0.4.0' = {
  name: 'tandem-extra-identity'
  params: {
    name: 'id-extra'
  }
}
`,
  },

  // parameters file
  { check: 'parameters-file', title: 'a misspelt parameter name', file: 'main.bicepparam', from: 'param botTenantId =', to: 'param botTenant =' },
  { check: 'parameters-file', title: 'a required parameter not assigned', file: 'main.bicepparam', from: "param ssoAudience = split(readEnvironmentVariable('TANDEM_SSO_AUDIENCE'), ',')\n", to: '' },
  { check: 'parameters-file', title: 'using a template that does not exist', file: 'main.bicepparam', from: "using './main.bicep'", to: "using './mian.bicep'" },
];

function mutate(sources: readonly SourceFile[], m: Mutation): SourceFile[] {
  const target = sources.find((s) => s.path === m.file);
  assert.ok(target, `infra/${m.file} exists`);
  let text: string;
  if (m.append !== undefined) text = `${target.text}${m.append}`;
  else {
    assert.ok(m.from !== undefined && m.to !== undefined, 'a mutation replaces or appends');
    const occurrences = target.text.split(m.from).length - 1;
    assert.equal(occurrences, 1, `the anchor must occur exactly once in infra/${m.file}:\n${m.from}`);
    text = target.text.replace(m.from, () => m.to as string);
  }
  return sources.map((s) => (s === target ? { ...s, text } : s));
}

describe('infra: each invariant check fails on a broken copy', () => {
  const real = loadInfraSources();

  it('has at least one mutation for every check', () => {
    const covered = new Set(MUTATIONS.map((m) => m.check));
    assert.deepEqual(CHECK_IDS.filter((id) => !covered.has(id)), []);
  });

  it('the unbroken templates pass every check', async () => {
    const findings = await checkInfra(real, TANDEM_INFRA_POLICY);
    assert.deepEqual(findings.map(FORMATTED), []);
  });

  for (const m of MUTATIONS) {
    it(`${m.check}: ${m.title} (${m.file})`, async () => {
      const findings = await checkInfra(mutate(real, m), TANDEM_INFRA_POLICY);
      assert.deepEqual(failingChecks(findings), [m.check], `expected only ${m.check} to fail; got:\n${findings.map(FORMATTED).join('\n') || '(no findings)'}`);
    });
  }
});
