// Run with plain Node in an app that depends on react-call-records alone, with no React, ReactDOM or
// styled-components installed: `react-call-records/core` and `react-call-records/locales` must load and
// work; the main entry must fail for want of a peer (the control proving the peers are really absent
// here). Prints a JSON summary.
const summary = {};
try {
  const core = await import('react-call-records/core');
  const parsed = core.parseCallRecord(
    '{"type":2,"channelId":"42","status":1,"durations":[{"accountId":"bob","duration":42}]}',
  );
  summary.coreText = parsed.ok ? core.formatCallRecord(parsed.record, { locale: 'en' }).text : 'not parsed';
  const { fr } = await import('react-call-records/locales');
  summary.localeText = parsed.ok ? core.formatCallRecord(parsed.record, { locale: fr }).text : 'not parsed';
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
