import type { Container } from '@azure/cosmos';
import {
  defaultPreferences,
  defaultTenantSettings,
  type NotificationSettingsRepository,
  type PersonNotificationPreferences,
  type TenantNotificationSettings,
} from '../../app/ports/notification-settings.js';
import { queryAll, readDoc, upsertDoc, withoutFields } from '../cosmos/cosmos-operations.js';
import { directoryPartition } from '../cosmos/partition-keys.js';

type TenantSettingsDocument = TenantNotificationSettings & { id: string; pk: string; type: 'notification-settings' };
type PreferencesDocument = PersonNotificationPreferences & { id: string; pk: string; type: 'notification-preferences' };

const TENANT_SETTINGS_ID = 'notification-settings';
const preferencesId = (personId: string): string => `notification-preferences.${personId}`;

/** Notification settings on the shared `directory` container, one partition per tenant. */
export class CosmosNotificationSettings implements NotificationSettingsRepository {
  constructor(
    private readonly directory: Container,
    private readonly now: () => Date,
  ) {}

  async getTenantSettings(tenantId: string): Promise<TenantNotificationSettings> {
    const found = await readDoc<TenantSettingsDocument>(this.directory, TENANT_SETTINGS_ID, directoryPartition(tenantId));
    return found && found.doc.tenantId === tenantId
      ? withoutFields<TenantNotificationSettings>(found.doc, ['id', 'pk', 'type'])
      : defaultTenantSettings(tenantId, this.now().toISOString());
  }

  async saveTenantSettings(settings: TenantNotificationSettings): Promise<void> {
    await upsertDoc(this.directory, { ...settings, id: TENANT_SETTINGS_ID, pk: directoryPartition(settings.tenantId), type: 'notification-settings' });
  }

  async getPreferences(tenantId: string, personId: string): Promise<PersonNotificationPreferences> {
    const found = await readDoc<PreferencesDocument>(this.directory, preferencesId(personId), directoryPartition(tenantId));
    return found && found.doc.tenantId === tenantId
      ? withoutFields<PersonNotificationPreferences>(found.doc, ['id', 'pk', 'type'])
      : defaultPreferences(tenantId, personId, this.now().toISOString());
  }

  async listPreferences(tenantId: string): Promise<PersonNotificationPreferences[]> {
    const docs = await queryAll<PreferencesDocument>(
      this.directory,
      {
        query: "SELECT * FROM c WHERE c.pk = @pk AND c.tenantId = @tenantId AND c.type = 'notification-preferences'",
        parameters: [{ name: '@tenantId', value: tenantId }],
      },
      directoryPartition(tenantId),
    );
    return docs.map((doc) => withoutFields<PersonNotificationPreferences>(doc, ['id', 'pk', 'type']));
  }

  async savePreferences(preferences: PersonNotificationPreferences): Promise<void> {
    await upsertDoc(this.directory, {
      ...preferences,
      id: preferencesId(preferences.personId),
      pk: directoryPartition(preferences.tenantId),
      type: 'notification-preferences',
    });
  }
}
