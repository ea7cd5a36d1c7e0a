/** The glossary's UI string keys: `dockside.glossary.<key>` in src/content/i18n/<lang>.json. */
export const GLOSSARY_KEYS = ['readMore', 'inGlossary', 'otherLang', 'filterLabel', 'filterHint', 'filterPlaceholder', 'countAll', 'countSome', 'countNone', 'aliases', 'pages', 'related'] as const;
