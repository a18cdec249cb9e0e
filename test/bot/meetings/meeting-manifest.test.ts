/**
 * What the Teams manifest must say for the meeting features to work at all: the configurable tab in
 * every meeting context, the bot in group chats (meeting chats) and teams (channel meetings), and the
 * resource-specific consent for meeting events, the participant API and sharing to the stage. The
 * package test validates the whole manifest against the schema; this one names the meeting needs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderManifest, validateManifest } from '../../../scripts/package-app.js';

const SAMPLE = {
  TEAMS_APP_ID: '0b7f6f2e-5d3c-4a51-9e1d-3c2b1a0f9e8d',
  TAB_DOMAIN: 'tandem.example.com',
  BOT_APP_ID: '6a1c2d3e-4f50-4617-8899-aabbccddeeff',
  SSO_CLIENT_ID: '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
  SSO_APP_ID_URI: 'api://tandem.example.com/9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
  PRIVACY_URL: 'https://contoso.example/privacy',
  TERMS_OF_USE_URL: 'https://contoso.example/terms',
};

describe('manifest: what meetings need', () => {
  const manifest = renderManifest(JSON.parse(readFileSync(new URL('../../../appPackage/manifest.json', import.meta.url), 'utf8')), SAMPLE).manifest as Record<string, any>;

  it('the configurable tab works in the side panel, the stage, the meeting chat and the details tab', () => {
    const [tab] = manifest.configurableTabs;
    for (const context of ['meetingSidePanel', 'meetingStage', 'meetingChatTab', 'meetingDetailsTab']) assert.ok(tab.context.includes(context), context);
    assert.ok(tab.scopes.includes('groupChat'), 'meetings are group chats');
  });

  it('the bot is in group chats and teams, where meeting events arrive', () => {
    assert.ok(manifest.bots[0].scopes.includes('groupChat'));
    assert.ok(manifest.bots[0].scopes.includes('team'));
  });

  it('resource-specific consent: meeting start/end events, the participant API, sharing to the stage', async () => {
    const rsc = new Map((manifest.authorization?.permissions?.resourceSpecific ?? []).map((p: { name: string; type: string }) => [p.name, p.type]));
    assert.equal(rsc.get('OnlineMeeting.ReadBasic.Chat'), 'Application', 'meeting start and end events in scheduled and instant meetings');
    assert.equal(rsc.get('ChannelMeeting.ReadBasic.Group'), 'Application', 'meeting start and end events in channel meetings');
    assert.equal(rsc.get('OnlineMeetingParticipant.Read.Chat'), 'Application', 'the Teams meeting participant API (who is in the meeting, and their role)');
    assert.equal(rsc.get('MeetingStage.Write.Chat'), 'Delegated', 'meeting.shareAppContentToStage');
    assert.ok(manifest.webApplicationInfo?.id, 'RSC needs webApplicationInfo');
    assert.deepEqual(await validateManifest(manifest), []);
  });
});
