// A server component (no 'use client'): it parses and formats with the React-free entry, and renders
// the bubble directly. The bubble is a client component of the package ('use client' in its build).
import { CallRecordBubble } from 'react-call-records';
import { formatCallRecord, parseCallRecord } from 'react-call-records/core';
// app/message.js is copied in from the React app's template (template/src/message.js) by next.mjs.
import { message } from './message';

export default function Page() {
  const parsed = parseCallRecord(message);
  const summary = parsed.ok
    ? formatCallRecord(parsed.record, { selfId: 'alice', locale: 'en' }).text
    : 'not a call record';
  return (
    <main>
      <h1>Calls</h1>
      <p id="summary">{summary}</p>
      <CallRecordBubble record={message} selfId="alice" locale="en" />
    </main>
  );
}
