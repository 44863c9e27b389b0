export { CALL_RECORD_THEME_KEY, CALL_RECORD_THEME_VARS, darkTheme, lightTheme } from './tokens';
export type { CallRecordTheme } from './tokens';
export { callRecordToken, getCallRecordTheme, themeVariablesStyle } from './getTheme';
export { contrastRatio, relativeLuminance } from './contrast';
