// One message both consumer apps show: the React app (App.tsx, first in Alice and Bob's
// conversation) and the Next.js app (copied into its app/ folder by scripts/consumer/next.mjs).

/** A V2NIMMessage (Web SDK v10) as an app receives it: a completed video call, Alice -> Bob; each side has its own duration. */
export const message = {
  messageClientId: 'c-001',
  messageServerId: '9001',
  createTime: 1732500100000,
  senderId: 'alice',
  receiverId: 'bob',
  conversationType: 1,
  conversationId: 'alice|1|bob',
  isSelf: true,
  sendingState: 1,
  messageType: 12,
  attachment: {
    type: 2,
    channelId: '778899',
    status: 1,
    durations: [
      { accountId: 'alice', duration: 75 },
      { accountId: 'bob', duration: 74 },
    ],
    text: '',
  },
};
