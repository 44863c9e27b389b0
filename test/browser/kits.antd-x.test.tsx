// Issue 21, deliverable 5: the bubble in content mode inside Ant Design X's Bubble.List (on antd),
// as a user sees it in Chromium (the checks are describeInsideKit's, in ./kits.tsx). Light and dark
// are antd's own algorithms; antd's direction follows the page's.
import { makeKitConversation } from '../../stories/data';
import { AntDesignXConversation } from '../../stories/kits/AntDesignXConversation';
import { describeInsideKit } from './kits';

describeInsideKit({
  name: 'Ant Design X',
  render: (setting, width, onCallBack) => (
    <AntDesignXConversation
      messages={makeKitConversation(setting.texts)}
      theme={setting.theme}
      direction={setting.direction}
      label="Conversation with bob"
      width={width}
      onCallBack={onCallBack}
    />
  ),
  // The filled variant's translucent fill (antd's colorFillContent) over the chat's container colour.
  contentSelector: '.ant-bubble-content',
  // A bubble row takes the list's width less the chat's 12 px padding and the list's own: 360 px, 320 px.
  messageSelector: '.ant-bubble',
  widthFor320: 360,
});
