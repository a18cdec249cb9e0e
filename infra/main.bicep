metadata name = 'Tandem'
metadata description = 'Tandem (OKRs and performance management in Microsoft Teams) on Azure: Cosmos DB with container-scoped roles for two managed identities, a Linux Node 22 web app, queue storage, an Azure Bot with the Teams channel, and monitoring.'

targetScope = 'resourceGroup'

// ------------------------------------------------------------------------------------------------
// Parameters
// ------------------------------------------------------------------------------------------------

@description('Required. Application (client) id of the bot Entra app registration (single tenant).')
param botAppId string

@description('Required. Tenant id of the bot Entra app registration.')
param botTenantId string

@description('Required. Entra tenant ids allowed to use Tandem (ALLOWED_TENANT_IDS).')
@minLength(1)
param allowedTenantIds string[]

@description('Required. Accepted Teams SSO token audiences: the tab app\'s Application ID URI and/or client id (SSO_AUDIENCE).')
@minLength(1)
param ssoAudience string[]

@description('Required. Client id of the Entra app the tab asks Teams for an SSO token for (SSO_CLIENT_ID).')
param ssoClientId string

@description('Optional. Azure region of every regional resource.')
param location string = resourceGroup().location

@description('Optional. Short lowercase prefix of every resource name.')
@minLength(2)
@maxLength(10)
param namePrefix string = 'tandem'

@description('Optional. Tags applied to every resource.')
param tags object = {}

@description('Optional. Name of the Cosmos DB SQL database (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'tandem'

@description('Optional. Cosmos DB capacity: Serverless (default) or Autoscale (provisioned autoscale throughput shared by the database).')
@allowed([
  'Serverless'
  'Autoscale'
])
param cosmosCapacityMode string = 'Serverless'

@description('Optional. Highest autoscale throughput of the database in RU/s when cosmosCapacityMode is Autoscale.')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('Optional. Reach Cosmos DB and the queue storage only through private endpoints in a new virtual network (their public network access is then disabled and the web app is integrated with the network). Off by default: both services then accept Entra-authenticated requests on their public endpoints, and no keys exist.')
param enablePrivateNetworking bool = false

@description('Optional. Address space of the virtual network (enablePrivateNetworking only).')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('Optional. Address range of the App Service integration subnet (enablePrivateNetworking only).')
param appSubnetPrefix string = '10.40.1.0/24'

@description('Optional. Address range of the private endpoint subnet (enablePrivateNetworking only).')
param privateEndpointSubnetPrefix string = '10.40.2.0/24'

@description('Optional. App Service plan SKU (Basic or higher).')
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
param appServicePlanSku string = 'B1'

@description('Optional. Azure Bot SKU.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Optional. Names of the storage queues (the proactive send queue).')
param queueNames string[] = [
  'tandem-sends'
]

@description('Optional. Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// ------------------------------------------------------------------------------------------------
// Names
// ------------------------------------------------------------------------------------------------

var prefix = toLower(namePrefix)
var suffix = uniqueString(subscription().id, resourceGroup().id, prefix)
var names = {
  goalsIdentity: 'id-${prefix}-goals-${suffix}'
  reviewsIdentity: 'id-${prefix}-reviews-${suffix}'
  workspace: 'log-${prefix}-${suffix}'
  appInsights: 'appi-${prefix}-${suffix}'
  vnet: 'vnet-${prefix}-${suffix}'
  cosmos: 'cosmos-${prefix}-${suffix}'
  storage: take('st${replace(prefix, '-', '')}${suffix}', 24)
  plan: 'asp-${prefix}-${suffix}'
  app: 'app-${prefix}-${suffix}'
  bot: 'bot-${prefix}-${suffix}'
}
var publicNetworkAccess = enablePrivateNetworking ? 'Disabled' : 'Enabled'

// ------------------------------------------------------------------------------------------------
// Modules
// ------------------------------------------------------------------------------------------------

module monitoring 'modules/monitoring.bicep' = {
  name: 'tandem-monitoring'
  params: {
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module identities 'modules/identities.bicep' = {
  name: 'tandem-identities'
  params: {
    goalsIdentityName: names.goalsIdentity
    reviewsIdentityName: names.reviewsIdentity
    location: location
    tags: tags
  }
}

module network 'modules/network.bicep' = if (enablePrivateNetworking) {
  name: 'tandem-network'
  params: {
    vnetName: names.vnet
    location: location
    tags: tags
    addressPrefix: vnetAddressPrefix
    appSubnetPrefix: appSubnetPrefix
    privateEndpointSubnetPrefix: privateEndpointSubnetPrefix
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'tandem-cosmos'
  params: {
    accountName: names.cosmos
    location: location
    tags: tags
    databaseName: cosmosDatabaseName
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    publicNetworkAccess: publicNetworkAccess
    goalsPrincipalId: identities.outputs.goalsPrincipalId
    reviewsPrincipalId: identities.outputs.reviewsPrincipalId
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'tandem-storage'
  params: {
    accountName: names.storage
    location: location
    tags: tags
    queueNames: queueNames
    publicNetworkAccess: publicNetworkAccess
    queueDataPrincipalId: identities.outputs.goalsPrincipalId
  }
}

module cosmosPrivateEndpoint 'modules/private-endpoint.bicep' = if (enablePrivateNetworking) {
  name: 'tandem-cosmos-private-endpoint'
  params: {
    name: 'pe-${names.cosmos}'
    location: location
    tags: tags
    subnetId: network.outputs.privateEndpointSubnetId
    targetResourceId: cosmos.outputs.accountId
    groupId: 'Sql'
    privateDnsZoneId: network.outputs.cosmosDnsZoneId
  }
}

module queuePrivateEndpoint 'modules/private-endpoint.bicep' = if (enablePrivateNetworking) {
  name: 'tandem-queue-private-endpoint'
  params: {
    name: 'pe-${names.storage}-queue'
    location: location
    tags: tags
    subnetId: network.outputs.privateEndpointSubnetId
    targetResourceId: storage.outputs.accountId
    groupId: 'queue'
    privateDnsZoneId: network.outputs.queueDnsZoneId
  }
}

module app 'modules/app-service.bicep' = {
  name: 'tandem-app'
  params: {
    planName: names.plan
    appName: names.app
    location: location
    tags: tags
    skuName: appServicePlanSku
    goalsIdentityId: identities.outputs.goalsIdentityId
    goalsIdentityClientId: identities.outputs.goalsClientId
    reviewsIdentityId: identities.outputs.reviewsIdentityId
    reviewsIdentityClientId: identities.outputs.reviewsClientId
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmos.outputs.databaseName
    botAppId: botAppId
    botTenantId: botTenantId
    allowedTenantIds: allowedTenantIds
    ssoAudience: ssoAudience
    ssoClientId: ssoClientId
    queueEndpoint: storage.outputs.queueEndpoint
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    integrationSubnetId: enablePrivateNetworking ? network.outputs.appSubnetId : ''
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
  }
  dependsOn: [
    cosmosPrivateEndpoint
    queuePrivateEndpoint
  ]
}

module bot 'modules/bot.bicep' = {
  name: 'tandem-bot'
  params: {
    botName: names.bot
    botAppId: botAppId
    botTenantId: botTenantId
    messagingEndpoint: 'https://${app.outputs.defaultHostName}/api/messages'
    skuName: botSku
    tags: tags
  }
}

// ------------------------------------------------------------------------------------------------
// Outputs
// ------------------------------------------------------------------------------------------------

@description('Name of the web app.')
output webAppName string = app.outputs.appName

@description('HTTPS address of the web app (tab and API).')
output webAppUrl string = 'https://${app.outputs.defaultHostName}'

@description('Bot messaging endpoint registered with the Azure Bot.')
output botMessagingEndpoint string = 'https://${app.outputs.defaultHostName}/api/messages'

@description('Cosmos DB document endpoint (COSMOS_ENDPOINT).')
output cosmosEndpoint string = cosmos.outputs.endpoint

@description('Cosmos DB database name (COSMOS_DATABASE).')
output cosmosDatabaseName string = cosmos.outputs.databaseName

@description('Client id of the goals identity (GOALS_IDENTITY_CLIENT_ID).')
output goalsIdentityClientId string = identities.outputs.goalsClientId

@description('Client id of the reviews identity (REVIEWS_IDENTITY_CLIENT_ID).')
output reviewsIdentityClientId string = identities.outputs.reviewsClientId

@description('Principal id of the goals identity (grant it Microsoft Graph User.Read.All separately).')
output goalsIdentityPrincipalId string = identities.outputs.goalsPrincipalId

@description('Queue service endpoint (STORAGE_QUEUE_ENDPOINT).')
output storageQueueEndpoint string = storage.outputs.queueEndpoint
