metadata name = 'Tandem web app'
metadata description = 'Linux App Service plan and the Tandem web app (Node 22 LTS) with both managed identities attached and the azure-mode settings.'

@description('Required. Name of the App Service plan.')
param planName string

@description('Required. Name of the web app (globally unique; becomes <name>.azurewebsites.net).')
param appName string

@description('Required. Resource id of the goals identity (attached to the app).')
param goalsIdentityId string

@description('Required. Client id of the goals identity (GOALS_IDENTITY_CLIENT_ID).')
param goalsIdentityClientId string

@description('Required. Resource id of the reviews identity (attached to the app).')
param reviewsIdentityId string

@description('Required. Client id of the reviews identity (REVIEWS_IDENTITY_CLIENT_ID).')
param reviewsIdentityClientId string

@description('Required. Cosmos DB document endpoint (COSMOS_ENDPOINT).')
param cosmosEndpoint string

@description('Required. Cosmos DB database name (COSMOS_DATABASE).')
param cosmosDatabaseName string

@description('Required. Application (client) id of the bot Entra app (BOT_APP_ID).')
param botAppId string

@description('Required. Tenant id of the bot Entra app (BOT_TENANT_ID).')
param botTenantId string

@description('Required. Tenant allow-list (ALLOWED_TENANT_IDS).')
@minLength(1)
param allowedTenantIds string[]

@description('Required. Accepted SSO audiences (SSO_AUDIENCE).')
@minLength(1)
param ssoAudience string[]

@description('Required. Client id of the tab\'s SSO app (SSO_CLIENT_ID).')
param ssoClientId string

@description('Required. Queue service endpoint of the send queue storage account (STORAGE_QUEUE_ENDPOINT).')
param queueEndpoint string

@description('Required. Application Insights connection string (APPLICATIONINSIGHTS_CONNECTION_STRING).')
param appInsightsConnectionString string

@description('Optional. Azure region of the plan and the app.')
param location string = resourceGroup().location

@description('Optional. Tags applied to the plan and the app.')
param tags object = {}

@description('Optional. App Service plan SKU; Basic or higher (Always On and VNet integration need it).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param skuName string = 'B1'

@description('Optional. Port the server listens on (PORT); App Service forwards HTTPS traffic to it.')
param port int = 8080

@description('Optional. Start command; the deployed package holds the esbuild bundle and production node_modules.')
param startupCommand string = 'node --enable-source-maps dist/server/main.js'

@description('Optional. Resource id of a subnet delegated to Microsoft.Web/serverFarms for outbound VNet integration; empty for none.')
param integrationSubnetId string = ''

@description('Optional. Resource id of a Log Analytics workspace for diagnostic logs; empty for none.')
param logAnalyticsWorkspaceId string = ''

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${goalsIdentityId}': {}
      '${reviewsIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    virtualNetworkSubnetId: empty(integrationSubnetId) ? null : integrationSubnetId
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: startupCommand
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      healthCheckPath: '/api/health'
      vnetRouteAllEnabled: !empty(integrationSubnetId)
      appSettings: [
        { name: 'TANDEM_MODE', value: 'azure' }
        { name: 'PORT', value: string(port) }
        { name: 'WEBSITES_PORT', value: string(port) }
        { name: 'COSMOS_ENDPOINT', value: cosmosEndpoint }
        { name: 'COSMOS_DATABASE', value: cosmosDatabaseName }
        { name: 'GOALS_IDENTITY_CLIENT_ID', value: goalsIdentityClientId }
        { name: 'REVIEWS_IDENTITY_CLIENT_ID', value: reviewsIdentityClientId }
        { name: 'BOT_APP_ID', value: botAppId }
        { name: 'BOT_TENANT_ID', value: botTenantId }
        { name: 'ALLOWED_TENANT_IDS', value: join(allowedTenantIds, ',') }
        { name: 'SSO_AUDIENCE', value: join(ssoAudience, ',') }
        { name: 'SSO_CLIENT_ID', value: ssoClientId }
        { name: 'STORAGE_QUEUE_ENDPOINT', value: queueEndpoint }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

// Deployments authenticate with Entra ID; no FTP or basic-auth SCM credentials.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(logAnalyticsWorkspaceId)) {
  name: 'to-log-analytics'
  scope: app
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

@description('Resource id of the web app.')
output appId string = app.id

@description('Name of the web app.')
output appName string = app.name

@description('Default host name of the web app.')
output defaultHostName string = app.properties.defaultHostName
