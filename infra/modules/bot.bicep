metadata name = 'Tandem Azure Bot'
metadata description = 'Azure Bot registration (single-tenant Entra app) pointing at the web app, with the Microsoft Teams channel.'

@description('Required. Name of the Azure Bot resource (globally unique).')
param botName string

@description('Required. Application (client) id of the bot Entra app registration.')
param botAppId string

@description('Required. Tenant id of the bot Entra app registration.')
param botTenantId string

@description('Required. HTTPS messaging endpoint of the bot (https://<app>/api/messages).')
param messagingEndpoint string

@description('Optional. Display name of the bot.')
param displayName string = 'Tandem'

@description('Optional. Bot Service SKU: F0 (free; Teams is a standard channel) or S1.')
@allowed([
  'F0'
  'S1'
])
param skuName string = 'F0'

@description('Optional. Tags applied to the bot.')
param tags object = {}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
    isStreamingSupported: false
    schemaTransformationVersion: '1.3'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

@description('Resource id of the Azure Bot.')
output botId string = bot.id

@description('Name of the Azure Bot.')
output botName string = bot.name
