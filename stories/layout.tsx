/**
 * Layout pieces shared by the stories: a chat column, captions, and a plain text
 * bubble styled with the library's own tokens so call records sit naturally among
 * ordinary messages.
 */
import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { CALL_RECORD_THEME_KEY, lightTheme } from '../src';
import type { CallRecordTheme } from '../src';

/** Reads a bubble token from the styled-components theme (the library's namespaced key), else the light default. */
const callRecordToken =
  (name: keyof CallRecordTheme) =>
  ({ theme }: { theme?: unknown }): string => {
    const tokens = (theme as Record<string, Partial<CallRecordTheme> | undefined> | undefined)?.[
      CALL_RECORD_THEME_KEY
    ];
    return tokens?.[name] ?? lightTheme[name];
  };

/** A chat column: messages stacked with a small gap, bubbles aligned by side. */
export const ChatColumn = styled.div<{ $width?: number }>`
  display: flex;
  flex-direction: column;
  gap: 6px;
  inline-size: 100%;
  max-inline-size: ${(p) => `${p.$width ?? 420}px`};
  box-sizing: border-box;
`;

/** A muted caption on the page background (colour set per theme by the preview frame). */
export const Caption = styled.p`
  margin: 12px 0 4px;
  font-size: 0.8125rem;
  font-weight: 600;
  color: var(--demo-muted);
`;

/** A story heading on the page background. */
export const Title = styled.h2`
  margin: 0 0 8px;
  font-size: 1rem;
  font-weight: 600;
  color: var(--demo-text);
`;

const Bubble = styled.div<{ $own: boolean }>`
  box-sizing: border-box;
  inline-size: fit-content;
  max-inline-size: 80%;
  margin-inline: ${(p) => (p.$own ? 'auto 0' : '0 auto')};
  padding-block: ${callRecordToken('spacing')};
  padding-inline: calc(${callRecordToken('spacing')} * 1.5);
  border: 1px solid ${callRecordToken('border')};
  border-radius: ${callRecordToken('radius')};
  ${(p) => (p.$own ? 'border-end-end-radius' : 'border-end-start-radius')}: calc(${callRecordToken('radius')} / 4);
  background-color: ${(p) => callRecordToken(p.$own ? 'selfBackground' : 'peerBackground')(p)};
  color: ${(p) => callRecordToken(p.$own ? 'selfText' : 'peerText')(p)};
  font-size: ${callRecordToken('fontSize')};
  line-height: 1.4;
  overflow-wrap: anywhere;
`;

/**
 * An ordinary text message bubble (stories only, not part of the library), matching the call bubbles' look.
 * `dir="auto"` on the text keeps English punctuation in place on a right-to-left page (on the bubble
 * itself it would flip the bubble's own logical margins, and so its side).
 */
export function TextBubble({ own, children }: { own: boolean; children: ReactNode }) {
  return (
    <Bubble $own={own}>
      <span dir="auto">{children}</span>
    </Bubble>
  );
}
