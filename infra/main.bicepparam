using './main.bicep'

// Values come from the environment so the same file serves every environment and holds no
// tenant data. Lists are comma-separated, like the app settings they become.
param botAppId = readEnvironmentVariable('TANDEM_BOT_APP_ID')
param botTenantId = readEnvironmentVariable('TANDEM_BOT_TENANT_ID')
param allowedTenantIds = split(readEnvironmentVariable('TANDEM_ALLOWED_TENANT_IDS'), ',')
param ssoAudience = split(readEnvironmentVariable('TANDEM_SSO_AUDIENCE'), ',')
param ssoClientId = readEnvironmentVariable('TANDEM_SSO_CLIENT_ID')
param namePrefix = readEnvironmentVariable('TANDEM_NAME_PREFIX', 'tandem')
param cosmosCapacityMode = readEnvironmentVariable('TANDEM_COSMOS_CAPACITY_MODE', 'Serverless')
param enablePrivateNetworking = bool(readEnvironmentVariable('TANDEM_PRIVATE_NETWORKING', 'false'))
param appServicePlanSku = readEnvironmentVariable('TANDEM_APP_SERVICE_SKU', 'B1')
