import type { Locale } from './pick-locale';

/** The page's language, read from its URL: every page lives under /en/ or /ko/. */
export function langFromPath(pathname: string): Locale {
	return pathname.startsWith('/ko/') || pathname === '/ko' ? 'ko' : 'en';
}
