/**
 * The `<site-search>` element: Starlight 0.42's dialog behaviour (open on click or Ctrl/⌘K, close
 * on a link or outside click) and Pagefind UI, as in Starlight's own Search component, plus the
 * concept layer: each query goes through `analyse()` (particles, cross-language names, typos) before
 * Pagefind sees it, and the concepts it names are shown as cards above the page results.
 */
import { analyse, indexConcepts, type ConceptIndex, type Lang, type SearchData } from './concepts';
import { renderCards, type CardStrings } from './concept-cards';

/** Metadata fields the index carries for ranking only (see ./index-meta); never shown as tags. */
const HIDDEN_META = ['concepts', 'mentions', 'stems'];

interface PagefindSubResult {
	url: string;
}
interface PagefindResultData {
	url: string;
	meta: Record<string, string>;
	sub_results: PagefindSubResult[];
}

export function defineSiteSearch(pagefindUserConfig: Record<string, unknown>): void {
	if (customElements.get('site-search')) return;

	class SiteSearch extends HTMLElement {
		constructor() {
			super();
			const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
			const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
			const dialog = this.querySelector('dialog')!;
			const dialogFrame = this.querySelector('.dialog-frame')!;

			/** Close the modal if a user clicks on a link or outside of the modal. */
			const onClick = (event: MouseEvent) => {
				const isLink = 'href' in (event.target || {});
				if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node))) {
					closeModal();
				}
			};

			const openModal = (event?: MouseEvent) => {
				dialog.showModal();
				document.body.toggleAttribute('data-search-modal-open', true);
				this.querySelector('input')?.focus();
				event?.stopPropagation();
				window.addEventListener('click', onClick);
			};

			const closeModal = () => dialog.close();

			openBtn.addEventListener('click', openModal);
			openBtn.disabled = false;
			closeBtn.addEventListener('click', closeModal);

			dialog.addEventListener('close', () => {
				document.body.toggleAttribute('data-search-modal-open', false);
				window.removeEventListener('click', onClick);
			});

			// Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
			window.addEventListener('keydown', (e) => {
				if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
					dialog.open ? closeModal() : openModal();
					e.preventDefault();
				}
			});

			const parse = <T>(text: string | undefined, fallback: T): T => {
				try {
					return text ? (JSON.parse(text) as T) : fallback;
				} catch {
					return fallback;
				}
			};
			const translations = parse<Record<string, string>>(this.dataset.translations, {});
			const strings = parse<CardStrings>(this.dataset.strings, { concepts: 'Concepts', read: 'Read', answers: 'Go to' });
			const lang: Lang = this.dataset.lang === 'ko' ? 'ko' : 'en';
			const cardsHost = this.querySelector<HTMLElement>('.dockside-concepts');
			// The concept list is fetched (and cached across pages) before Pagefind UI is created, so
			// it is there by the first keystroke without weighing on every page's HTML.
			let data: SearchData = { concepts: [], pages: [] };
			let index: ConceptIndex | undefined;
			const conceptIndex = () => (index ??= indexConcepts(data.concepts, data.pages));

			/** Called by Pagefind UI with the typed text, just before it searches. */
			const processTerm = (term: string): string => {
				const analysis = analyse(term, conceptIndex(), lang);
				if (cardsHost) renderCards(cardsHost, analysis.concepts, lang, strings, analysis.answers);
				return analysis.term;
			};

			window.addEventListener('DOMContentLoaded', () => {
				if (import.meta.env.DEV) return;
				const onIdle = window.requestIdleCallback || ((cb: () => void) => setTimeout(cb, 1));
				onIdle(async () => {
					if (this.dataset.concepts) {
						data = await fetch(this.dataset.concepts)
							.then((r) => (r.ok ? (r.json() as Promise<SearchData>) : data))
							.catch(() => data);
					}
					// @ts-expect-error — Missing types for @pagefind/default-ui package.
					const { PagefindUI } = await import('@pagefind/default-ui');
					new PagefindUI({
						...pagefindUserConfig,
						element: '#starlight__search',
						baseUrl: import.meta.env.BASE_URL,
						bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
						showImages: false,
						translations,
						showSubResults: true,
						processTerm,
						processResult: (result: PagefindResultData) => {
							for (const key of HIDDEN_META) delete result.meta[key];
						},
					});
					// Cards sit between the search box and the page results, inside Pagefind's form
					// (its static part: Svelte never re-creates the form, the input or the drawer).
					const form = this.querySelector('.pagefind-ui__form');
					const drawer = form?.querySelector('.pagefind-ui__drawer');
					const input = form?.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
					if (cardsHost && form && drawer) form.insertBefore(cardsHost, drawer);
					// Pagefind names its box only by `title`; give it a real label (axe: label-title-only).
					if (input && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', translations.placeholder ?? 'Search');
					// Pagefind UI does not search an empty box, so clear the cards ourselves.
					const clearIfEmpty = () => {
						if (cardsHost && !input?.value.trim()) renderCards(cardsHost, [], lang, strings);
					};
					input?.addEventListener('input', clearIfEmpty);
					form?.querySelector('.pagefind-ui__search-clear')?.addEventListener('click', clearIfEmpty);
					input?.addEventListener('keydown', (e) => e.key === 'Escape' && queueMicrotask(clearIfEmpty));
				});
			});
		}
	}
	customElements.define('site-search', SiteSearch);
}
