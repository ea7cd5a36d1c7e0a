/** The concept layer's own UI string keys: `dockside.search.<key>` in src/content/i18n/<lang>.json
 * (Starlight's strings cover the rest of the dialog). */
export const SEARCH_KEYS = ['concepts', 'read', 'answers'] as const;
