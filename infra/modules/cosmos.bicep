metadata name = 'Tandem Cosmos DB'
metadata description = 'Cosmos DB for NoSQL account (Entra-only data access), the Tandem database, its shared and restricted containers, and container-scoped data roles for the two app identities.'

@description('Required. Name of the Cosmos DB account (lowercase letters, digits and hyphens, 3-44 characters).')
@minLength(3)
@maxLength(44)
param accountName string

@description('Required. Principal (object) id of the goals identity: data access to the shared goal containers only.')
param goalsPrincipalId string

@description('Required. Principal (object) id of the reviews identity: data access to the restricted review containers only.')
param reviewsPrincipalId string

@description('Optional. Azure region of the account (single region).')
param location string = resourceGroup().location

@description('Optional. Tags applied to the account.')
param tags object = {}

@description('Optional. Name of the SQL database (COSMOS_DATABASE).')
param databaseName string = 'tandem'

@description('Optional. Serverless (pay per request, the default) or Autoscale (provisioned autoscale throughput shared by the database).')
@allowed([
  'Serverless'
  'Autoscale'
])
param capacityMode string = 'Serverless'

@description('Optional. Highest autoscale throughput of the database in RU/s; used only when capacityMode is Autoscale.')
@minValue(1000)
param autoscaleMaxThroughput int = 1000

@description('Optional. Whether the account answers on its public endpoint. Disabled unless the caller opts in; with Disabled, reach it through a private endpoint.')
@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Disabled'

@description('Optional. Resource id of a Log Analytics workspace for diagnostic logs; empty for none.')
param logAnalyticsWorkspaceId string = ''

// Mirrors src/store/goals/goal-containers.ts (shared) and src/store/reviews/review-containers.ts
// (restricted): partition key /pk, everything indexed except _etag and long text fields.
// test/infra checks that these lists and the TypeScript definitions agree.
var sharedContainers = [
  {
    name: 'okrs'
    excludedPaths: [
      { path: '/"_etag"/?' }
      { path: '/description/?' }
      { path: '/reflection/?' }
      { path: '/note/?' }
      { path: '/blockers/?' }
    ]
  }
  {
    name: 'directory'
    excludedPaths: [
      { path: '/"_etag"/?' }
    ]
  }
  {
    name: 'deliveries'
    excludedPaths: [
      { path: '/"_etag"/?' }
      { path: '/detail/?' }
    ]
  }
]

var restrictedContainers = [
  {
    name: 'reviews'
    excludedPaths: [
      { path: '/"_etag"/?' }
      { path: '/comments/?' }
      { path: '/privateNotes/?' }
    ]
  }
  {
    name: 'feedback'
    excludedPaths: [
      { path: '/"_etag"/?' }
      { path: '/answers/?' }
      { path: '/text/?' }
    ]
  }
  {
    name: 'conversations'
    excludedPaths: [
      { path: '/"_etag"/?' }
      { path: '/notes/?' }
      { path: '/privateNotes/?' }
    ]
  }
  {
    name: 'audit'
    excludedPaths: [
      { path: '/"_etag"/?' }
    ]
  }
]

// Built-in "Cosmos DB Built-in Data Contributor": read, write and query items; no account or
// database management, and it cannot read keys (there are none: local auth is disabled).
var dataContributorRoleDefinitionId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: capacityMode == 'Serverless' ? [{ name: 'EnableServerless' }] : []
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: publicNetworkAccess
    networkAclBypass: 'None'
    ipRules: []
    isVirtualNetworkFilterEnabled: false
    enableAutomaticFailover: false
    enableMultipleWriteLocations: false
    enableFreeTier: false
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: capacityMode == 'Autoscale' ? { autoscaleSettings: { maxThroughput: autoscaleMaxThroughput } } : {}
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in concat(sharedContainers, restrictedContainers): {
    parent: database
    name: container.name
    properties: {
      resource: {
        id: container.name
        partitionKey: {
          paths: [
            '/pk'
          ]
          kind: 'Hash'
          version: 2
        }
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: [
            { path: '/*' }
          ]
          excludedPaths: container.excludedPaths
        }
      }
      options: {}
    }
  }
]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions@2024-11-15' existing = {
  parent: account
  name: dataContributorRoleDefinitionId
}

// One assignment per container, never on the account or the database. Cosmos DB applies SQL role
// assignments one at a time, hence batchSize(1) and the chain between the two loops.
@batchSize(1)
resource goalsContainerAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = [
  for container in sharedContainers: {
    parent: account
    name: guid(account.id, goalsPrincipalId, dataContributorRoleDefinitionId, container.name)
    properties: {
      principalId: goalsPrincipalId
      roleDefinitionId: dataContributor.id
      scope: '${account.id}/dbs/${databaseName}/colls/${container.name}'
    }
    dependsOn: [
      containers
    ]
  }
]

@batchSize(1)
resource reviewsContainerAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = [
  for container in restrictedContainers: {
    parent: account
    name: guid(account.id, reviewsPrincipalId, dataContributorRoleDefinitionId, container.name)
    properties: {
      principalId: reviewsPrincipalId
      roleDefinitionId: dataContributor.id
      scope: '${account.id}/dbs/${databaseName}/colls/${container.name}'
    }
    dependsOn: [
      containers
      goalsContainerAccess
    ]
  }
]

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(logAnalyticsWorkspaceId)) {
  name: 'to-log-analytics'
  scope: account
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'Requests'
        enabled: true
      }
    ]
  }
}

@description('Resource id of the Cosmos DB account.')
output accountId string = account.id

@description('Name of the Cosmos DB account.')
output accountName string = account.name

@description('Document endpoint of the account (COSMOS_ENDPOINT).')
output endpoint string = account.properties.documentEndpoint

@description('Name of the SQL database (COSMOS_DATABASE).')
output databaseName string = database.name

@description('Names of the shared goal containers.')
output sharedContainerNames string[] = [for container in sharedContainers: container.name]

@description('Names of the restricted review containers.')
output restrictedContainerNames string[] = [for container in restrictedContainers: container.name]
