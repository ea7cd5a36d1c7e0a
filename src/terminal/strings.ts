/** The terminal widget's and the playground's UI string keys: `dockside.terminal.<key>` in
 * src/content/i18n/<lang>.json, required in both languages by the i18n schema (src/i18n/ui.ts). */
export const TERMINAL_KEYS = ['play', 'pause', 'previous', 'next', 'restart', 'speed', 'tryIt', 'reset', 'backToReplay', 'progress', 'step', 'transcript', 'copy', 'copied', 'download', 'state', 'images', 'containers', 'volumes', 'networks', 'none', 'screen', 'liveHint', 'loading', 'failed', 'edited', 'host', 'preset', 'presetEmpty', 'presetPull', 'presetBuild', 'presetCompose', 'copyLink', 'copyStepLink', 'linkCopied', 'needsJs', 'playgroundTitle', 'playgroundHint'] as const;

/** What the components hand the widget's elements (as `data-strings`). */
export type TerminalStrings = Record<(typeof TERMINAL_KEYS)[number], string>;
