metadata name = 'Tandem queue storage'
metadata description = 'Storage account for the proactive send queues: Entra-only (no shared keys), HTTPS with TLS 1.2, no public blob access, and a queue data role for the goals identity.'

@description('Required. Name of the storage account (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param accountName string

@description('Required. Principal (object) id of the identity that sends and receives queue messages (the goals identity).')
param queueDataPrincipalId string

@description('Optional. Azure region of the account.')
param location string = resourceGroup().location

@description('Optional. Tags applied to the account.')
param tags object = {}

@description('Optional. Replication of the account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string = 'Standard_LRS'

@description('Optional. Names of the queues to create.')
param queueNames string[] = [
  'tandem-sends'
]

@description('Optional. Whether the account answers on its public endpoint. Disabled unless the caller opts in; with Disabled, reach it through a private endpoint.')
@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Disabled'

// Built-in "Storage Queue Data Contributor": read, write and delete queue messages.
var queueDataContributorRoleId = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: publicNetworkAccess
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: publicNetworkAccess == 'Enabled' ? 'Allow' : 'Deny'
    }
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

resource queueDataAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, queueDataPrincipalId, queueDataContributorRoleId)
  scope: storage
  properties: {
    principalId: queueDataPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', queueDataContributorRoleId)
  }
}

@description('Resource id of the storage account.')
output accountId string = storage.id

@description('Name of the storage account.')
output accountName string = storage.name

@description('Queue service endpoint (STORAGE_QUEUE_ENDPOINT).')
output queueEndpoint string = storage.properties.primaryEndpoints.queue

@description('Names of the queues.')
output queueNames string[] = queueNames
