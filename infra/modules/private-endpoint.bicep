metadata name = 'Tandem private endpoint'
metadata description = 'A private endpoint for one sub-resource of a service, registered in a private DNS zone.'

@description('Required. Name of the private endpoint.')
param name string

@description('Required. Resource id of the subnet that holds the endpoint.')
param subnetId string

@description('Required. Resource id of the service the endpoint connects to.')
param targetResourceId string

@description('Required. Sub-resource (group id) to connect: Sql for Cosmos DB, queue for Storage.')
param groupId string

@description('Required. Resource id of the private DNS zone that resolves the service name to the endpoint.')
param privateDnsZoneId string

@description('Optional. Azure region of the endpoint (the virtual network region).')
param location string = resourceGroup().location

@description('Optional. Tags applied to the endpoint.')
param tags object = {}

resource privateEndpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: targetResourceId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

resource dnsZoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: privateEndpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'default'
        properties: {
          privateDnsZoneId: privateDnsZoneId
        }
      }
    ]
  }
}

@description('Resource id of the private endpoint.')
output id string = privateEndpoint.id
