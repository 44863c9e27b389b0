import Bubble from '@ant-design/x/es/bubble';
import type { BubbleItemType } from '@ant-design/x/es/bubble';
import XProvider from '@ant-design/x/es/x-provider';
import { theme as antdTheme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { CallRecordBubble } from '../../src';
import type { CallRecord } from '../../src';
import { useConversationRows } from '../conversationRows';
import { SELF_ID } from '../data';

/** Props of {@link AntDesignXConversation}. */
export interface AntDesignXConversationProps {
  /** The conversation as the app holds it: any mix of NIM message shapes and text messages. */
  messages: readonly unknown[];
  /** antd's default or dark algorithm. */
  theme: 'light' | 'dark';
  /** antd's own direction (its components mirror by it, not by the page's `dir`). */
  direction: 'ltr' | 'rtl';
  onCallBack?: ((record: CallRecord, peerId: string) => void) | undefined;
  /** Accessible name of the message list. */
  label: string;
  /** Inline size of the chat, in px. Default 420. */
  width?: number | undefined;
}

/** Ant Design X's role of each side: the viewer's messages at the end, the other person's at the start. */
const ROLES = {
  self: { placement: 'end', shape: 'corner' },
  peer: { placement: 'start', shape: 'corner' },
} as const;

/**
 * The chat's surface in antd's container colour (antd paints no page background itself), with the
 * call-record time colours taken from antd's own secondary text colour: 6.65:1 (light) and 6.55:1
 * (dark) on the filled bubble. antd's `colorTextDescription` would reach 3.28:1 and 3.98:1 only, and
 * its `colorErrorText` as `--crb-missed` 2.87:1 and 3.12:1, so the missed colour stays the bubble's
 * theme's (test/browser/kits.antd-x.test.tsx measures all of these).
 */
function Surface({ width, children }: { width: number; children: ReactNode }) {
  const { token } = antdTheme.useToken();
  return (
    <div
      className="kit-antd-x"
      style={
        {
          '--crb-self-time': token.colorTextSecondary,
          '--crb-peer-time': token.colorTextSecondary,
          inlineSize: width,
          padding: 12,
          boxSizing: 'border-box',
          background: token.colorBgContainer,
          color: token.colorText,
          borderRadius: token.borderRadiusLG,
        } as CSSProperties
      }
    >
      {children}
    </div>
  );
}

/**
 * A conversation in Ant Design X (`@ant-design/x`, on antd): `XProvider` › `Bubble.List`, one item
 * per row in the `self` or `peer` role. Text messages are plain string content; each call record is a
 * `CallRecordBubble` in content mode as the item's content, so Ant Design X draws the bubble (its
 * default `filled` variant) and ours only its content.
 */
export function AntDesignXConversation({
  messages,
  theme,
  direction,
  onCallBack,
  label,
  width = 420,
}: AntDesignXConversationProps) {
  const rows = useConversationRows(messages);
  const items: BubbleItemType[] = rows.map((row) => ({
    key: row.key,
    role: row.sender === SELF_ID ? 'self' : 'peer',
    content: row.item ? (
      <CallRecordBubble record={row.item} variant="content" showTime onCallBack={onCallBack} />
    ) : (
      row.text?.text
    ),
  }));
  const algorithm = theme === 'dark' ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm;
  return (
    <XProvider theme={{ algorithm }} direction={direction}>
      <Surface width={width}>
        <div role="log" aria-label={label}>
          <Bubble.List items={items} role={ROLES} autoScroll={false} />
        </div>
      </Surface>
    </XProvider>
  );
}
