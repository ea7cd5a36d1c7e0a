/** The x-ray panel's and the explanations' UI string keys: `dockside.xray.<key>` in
 * src/content/i18n/<lang>.json, required in both languages by the i18n schema (src/i18n/ui.ts). */
export const XRAY_KEYS = ['lookInside', 'intro', 'processes', 'namespaces', 'cgroups', 'filesystem', 'network', 'pidInside', 'pidHost', 'user', 'command', 'noContainers', 'noRunning', 'nsOwn', 'nsHost', 'nsNote', 'memory', 'cpus', 'noLimit', 'oom', 'writable', 'writableStats', 'imageLayers', 'mounts', 'volume', 'bind', 'gateway', 'address', 'ports', 'stopped', 'explainClose', 'explainMore', 'explainLabel'] as const;

export type XrayStrings = Record<(typeof XRAY_KEYS)[number], string>;
