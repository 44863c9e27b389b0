// Run with plain Node in a directory where react-call-records is installed WITHOUT its peers:
// `react-call-records/core` must load and work; the main entry must fail for want of React (the control
// proving that React is really absent here). Prints a JSON summary.
const summary = {};
try {
  const core = await import('react-call-records/core');
  const parsed = core.parseCallRecord(
    '{"type":2,"channelId":"42","status":1,"durations":[{"accountId":"bob","duration":42}]}',
  );
  summary.coreText = parsed.ok ? core.formatCallRecord(parsed.record, { locale: 'en' }).text : 'not parsed';
  summary.coreExports = Object.keys(core).length;
} catch (error) {
  summary.coreError = String(error);
}
try {
  await import('react-call-records');
  summary.mainError = null;
} catch (error) {
  summary.mainError = { code: error.code, message: error.message };
}
process.stdout.write(JSON.stringify(summary));
