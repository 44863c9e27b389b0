// Issue 21, deliverable 5: the bubble in content mode inside @chatscope/chat-ui-kit-react's
// MessageList › Message › Message.CustomContent, as a user sees it in Chromium (the checks are
// describeInsideKit's, in ./kits.tsx). Light is chatscope's default theme, dark an app's overrides of
// it (stories/kits/chatscope.css, with the call-record tokens for chatscope's colours).
import { ChatContainer, MainContainer, Message, MessageList } from '@chatscope/chat-ui-kit-react';
import { afterEach, describe, expect, it } from 'vitest';
import { CallRecordBubble } from '../../src';
import { ChatscopeConversation } from '../../stories/kits/ChatscopeConversation';
import {
  cleanUpChats,
  demoCall,
  describeInsideKit,
  LIGHT_ZH_CN,
  lowestRatios,
  measureTexts,
  renderChat,
} from './kits';

describeInsideKit({
  name: 'chatscope',
  render: (props) => <ChatscopeConversation {...props} />,
  contentSelector: '.cs-message__content',
  // chatscope gives a message at most 85 % of the list's content box: a 410 px chat, 320 px messages.
  messageSelector: '.cs-message',
  widthFor320: 410,
});

/**
 * Two messages in chatscope with no call-record token set (no `crb-on-chatscope` class) and no
 * `ThemeProvider`: chatscope's default theme, or with `kitTheme` dark the app's dark overrides of it.
 */
function renderWithoutTokens(kitTheme: 'light' | 'dark'): HTMLElement {
  return renderChat(
    LIGHT_ZH_CN,
    <div className="kit-chatscope" data-kit-theme={kitTheme} style={{ inlineSize: 420, blockSize: 320 }}>
      <MainContainer>
        <ChatContainer>
          <MessageList>
            <Message model={{ direction: 'outgoing', position: 'single', type: 'custom' }}>
              <Message.CustomContent>
                <CallRecordBubble record={demoCall('c1')} variant="content" showTime />
              </Message.CustomContent>
            </Message>
            <Message model={{ direction: 'incoming', position: 'single', type: 'custom' }}>
              <Message.CustomContent>
                <CallRecordBubble record={demoCall('m1')} variant="content" showTime />
              </Message.CustomContent>
            </Message>
          </MessageList>
        </ChatContainer>
      </MainContainer>
    </div>,
  );
}

describe('chatscope with no call-record token set (the finding behind chatscope.css)', () => {
  afterEach(cleanUpChats);

  it("light: the time takes chatscope's text colour, the missed red reaches 4.91:1 on the incoming blue", () => {
    expect(lowestRatios(measureTexts(renderWithoutTokens('light')))).toEqual({
      'self label': 7.23,
      'self time': 7.23,
      'peer missed label': 4.91,
      'peer time': 12.66,
    });
  });

  it('dark, without the dark theme: the light missed red falls to 1.77:1, so the app sets --crb-missed', () => {
    expect(lowestRatios(measureTexts(renderWithoutTokens('dark')))).toEqual({
      'self label': 7.33,
      'self time': 7.33,
      'peer missed label': 1.77,
      'peer time': 9.8,
    });
  });
});
