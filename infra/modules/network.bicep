metadata name = 'Tandem private network'
metadata description = 'Virtual network with an App Service integration subnet and a private endpoint subnet, plus the private DNS zones for Cosmos DB and Storage queues.'

@description('Required. Name of the virtual network.')
param vnetName string

@description('Optional. Azure region of the virtual network.')
param location string = resourceGroup().location

@description('Optional. Tags applied to every resource.')
param tags object = {}

@description('Optional. Address space of the virtual network.')
param addressPrefix string = '10.40.0.0/16'

@description('Optional. Address range of the subnet delegated to App Service for outbound VNet integration.')
param appSubnetPrefix string = '10.40.1.0/24'

@description('Optional. Address range of the subnet that holds the private endpoints.')
param privateEndpointSubnetPrefix string = '10.40.2.0/24'

var appSubnetName = 'snet-app'
var privateEndpointSubnetName = 'snet-private-endpoints'

// Index 0: Cosmos DB (NoSQL), index 1: Storage queues.
var privateDnsZoneNames = [
  'privatelink.documents.azure.com'
  'privatelink.queue.${environment().suffixes.storage}'
]

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: vnetName
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: appSubnetName
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: privateEndpointSubnetName
        properties: {
          addressPrefix: privateEndpointSubnetPrefix
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource privateDnsZones 'Microsoft.Network/privateDnsZones@2020-06-01' = [
  for zoneName in privateDnsZoneNames: {
    name: zoneName
    location: 'global'
    tags: tags
  }
]

resource privateDnsZoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = [
  for (zoneName, i) in privateDnsZoneNames: {
    parent: privateDnsZones[i]
    name: '${vnetName}-link'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
]

@description('Resource id of the subnet delegated to App Service.')
output appSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, appSubnetName)

@description('Resource id of the private endpoint subnet.')
output privateEndpointSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, privateEndpointSubnetName)

@description('Resource id of the private DNS zone for Cosmos DB.')
output cosmosDnsZoneId string = privateDnsZones[0].id

@description('Resource id of the private DNS zone for Storage queues.')
output queueDnsZoneId string = privateDnsZones[1].id
