// Issue 21, deliverable 5: the bubble in content mode inside Ant Design X's Bubble.List (on antd),
// as a user sees it in Chromium (the checks are describeInsideKit's, in ./kits.tsx). Light and dark
// are antd's own algorithms; antd's direction follows the page's.
import Bubble from '@ant-design/x/es/bubble';
import XProvider from '@ant-design/x/es/x-provider';
import { theme } from 'antd';
import type { CSSProperties } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CallRecordBubble } from '../../src';
import { AntDesignXConversation } from '../../stories/kits/AntDesignXConversation';
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
  name: 'Ant Design X',
  render: (props, setting) => <AntDesignXConversation {...props} direction={setting.direction} />,
  // The filled variant's translucent fill (antd's colorFillContent) over the chat's container colour.
  contentSelector: '.ant-bubble-content',
  // A bubble row takes the list's width less the chat's 12 px padding and the list's own: 360 px, 320 px.
  messageSelector: '.ant-bubble',
  widthFor320: 360,
});

/**
 * Ant Design X's filled bubble in antd's `algorithm`, with antd's own description and error colours
 * as the call-record time and missed colours (what an antd app may reach for first), and no
 * `ThemeProvider`: bob's missed call (`m1`) and alice's 22:34 call (`c1`) of the demo conversation.
 */
function renderWithAntdColours(dark: boolean): HTMLElement {
  const algorithm = dark ? theme.darkAlgorithm : theme.defaultAlgorithm;
  const token = theme.getDesignToken({ algorithm });
  const colours = {
    '--crb-self-time': token.colorTextDescription,
    '--crb-peer-time': token.colorTextDescription,
    '--crb-missed': token.colorErrorText,
    background: token.colorBgContainer,
  } as CSSProperties;
  const items = [
    {
      key: 'm1',
      role: 'peer',
      content: <CallRecordBubble record={demoCall('m1')} variant="content" showTime />,
    },
    {
      key: 'c1',
      role: 'self',
      content: <CallRecordBubble record={demoCall('c1')} variant="content" showTime />,
    },
  ];
  return renderChat(
    LIGHT_ZH_CN,
    <XProvider theme={{ algorithm }}>
      <div style={colours}>
        <Bubble.List items={items} role={{ self: { placement: 'end' }, peer: { placement: 'start' } }} />
      </div>
    </XProvider>,
  );
}

describe("antd's description and error colours on Ant Design X's filled bubble (why the stories don't use them)", () => {
  afterEach(cleanUpChats);

  it('light: colorTextDescription as the time reaches 3.28:1, colorErrorText as the missed colour 2.87:1', () => {
    expect(lowestRatios(measureTexts(renderWithAntdColours(false)))).toEqual({
      'peer missed label': 2.87,
      'peer time': 3.28,
      'self label': 14.82,
      'self time': 3.28,
    });
  });

  it('dark: 3.98:1 and 3.12:1', () => {
    expect(lowestRatios(measureTexts(renderWithAntdColours(true)))).toEqual({
      'peer missed label': 3.12,
      'peer time': 3.98,
      'self label': 9.99,
      'self time': 3.98,
    });
  });
});
