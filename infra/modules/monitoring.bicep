metadata name = 'Tandem monitoring'
metadata description = 'Log Analytics workspace and a workspace-based Application Insights component.'

@description('Required. Name of the Log Analytics workspace.')
param workspaceName string

@description('Required. Name of the Application Insights component.')
param appInsightsName string

@description('Optional. Azure region of both resources.')
param location string = resourceGroup().location

@description('Optional. Tags applied to both resources.')
param tags object = {}

@description('Optional. Days the workspace keeps data.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

@description('Optional. Accept only Entra-authenticated telemetry in Application Insights. Off by default because the app sends with the connection string; turn it on once the SDK authenticates with a managed identity that holds Monitoring Metrics Publisher.')
param appInsightsDisableLocalAuth bool = false

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      disableLocalAuth: true
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: appInsightsDisableLocalAuth
  }
}

@description('Resource id of the Log Analytics workspace.')
output workspaceId string = workspace.id

@description('Resource id of the Application Insights component.')
output appInsightsId string = appInsights.id

@description('Application Insights connection string (APPLICATIONINSIGHTS_CONNECTION_STRING); an ingestion address, not a credential.')
output appInsightsConnectionString string = appInsights.properties.ConnectionString
