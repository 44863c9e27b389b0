// Issue 21, deliverable 5: the bubble in content mode inside @chatscope/chat-ui-kit-react's
// MessageList › Message › Message.CustomContent, as a user sees it in Chromium (the checks are
// describeInsideKit's, in ./kits.tsx). Light is chatscope's default theme, dark an app's overrides of
// it (stories/kits/chatscope.css, with the call-record tokens for chatscope's colours).
import { ChatContainer, MainContainer, Message, MessageList } from '@chatscope/chat-ui-kit-react';
import { afterEach, describe, expect, it } from 'vitest';
import { CallRecordBubble } from '../../src';
import { makeKitConversation } from '../../stories/data';
import { ChatscopeConversation } from '../../stories/kits/ChatscopeConversation';
import { cleanUpChats, describeInsideKit, lowestRatios, measureTexts, renderChat, SETTINGS } from './kits';

describeInsideKit({
  name: 'chatscope',
  render: (setting, width, onCallBack) => (
    <ChatscopeConversation
      messages={makeKitConversation(setting.texts)}
      theme={setting.theme}
      label="Conversation with bob"
      width={width}
      onCallBack={onCallBack}
    />
  ),
  contentSelector: '.cs-message__content',
  // chatscope gives a message at most 85 % of the list's content box: a 410 px chat, 320 px messages.
  messageSelector: '.cs-message',
  widthFor320: 410,
});

describe("chatscope's light colours with the bubble's default tokens (the finding behind chatscope.css)", () => {
  afterEach(cleanUpChats);

  it("shows the default time colour at 2.40:1 on chatscope's outgoing blue: the app sets --crb-self-time", () => {
    const [lightZhCn] = SETTINGS;
    if (!lightZhCn) throw new Error('no setting');
    const messages = makeKitConversation(lightZhCn.texts);
    /** The demo message with this client id (alice's 22:34 call `c1`, bob's missed call `m1`). */
    const message = (id: string) =>
      messages.find((each) => (each as { messageClientId?: string }).messageClientId === id);
    // chatscope as is, without the app's `.kit-chatscope` rules: its default theme only.
    const container = renderChat(
      lightZhCn,
      <div style={{ inlineSize: 420, blockSize: 640 }}>
        <MainContainer>
          <ChatContainer>
            <MessageList>
              <Message model={{ direction: 'outgoing', position: 'single', type: 'custom' }}>
                <Message.CustomContent>
                  <CallRecordBubble record={message('c1')} variant="content" showTime />
                </Message.CustomContent>
              </Message>
              <Message model={{ direction: 'incoming', position: 'single', type: 'custom' }}>
                <Message.CustomContent>
                  <CallRecordBubble record={message('m1')} variant="content" showTime />
                </Message.CustomContent>
              </Message>
            </MessageList>
          </ChatContainer>
        </MainContainer>
      </div>,
    );
    expect(lowestRatios(measureTexts(container))).toEqual({
      'self label': 7.23,
      'self time': 2.4,
      'peer missed label': 4.35,
      'peer time': 4.55,
    });
  });
});
