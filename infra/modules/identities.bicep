metadata name = 'Tandem identities'
metadata description = 'The two user-assigned managed identities of the Tandem web app: one for the shared goal containers, one for the restricted review containers.'

@description('Required. Name of the identity that reads and writes the shared goal containers (okrs, directory) and the send queue.')
param goalsIdentityName string

@description('Required. Name of the identity that reads and writes the restricted review containers (reviews, feedback, conversations, audit).')
param reviewsIdentityName string

@description('Optional. Azure region of the identities.')
param location string = resourceGroup().location

@description('Optional. Tags applied to both identities.')
param tags object = {}

resource goalsIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: goalsIdentityName
  location: location
  tags: tags
}

resource reviewsIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: reviewsIdentityName
  location: location
  tags: tags
}

@description('Resource id of the goals identity.')
output goalsIdentityId string = goalsIdentity.id

@description('Client id of the goals identity (GOALS_IDENTITY_CLIENT_ID).')
output goalsClientId string = goalsIdentity.properties.clientId

@description('Principal (object) id of the goals identity.')
output goalsPrincipalId string = goalsIdentity.properties.principalId

@description('Resource id of the reviews identity.')
output reviewsIdentityId string = reviewsIdentity.id

@description('Client id of the reviews identity (REVIEWS_IDENTITY_CLIENT_ID).')
output reviewsClientId string = reviewsIdentity.properties.clientId

@description('Principal (object) id of the reviews identity.')
output reviewsPrincipalId string = reviewsIdentity.properties.principalId
