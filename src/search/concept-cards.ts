/**
 * Renders the concept cards above Pagefind's results: a list of links, each naming the concept in
 * both languages with its one-line definition and the page that treats it. DOM only; matching
 * lives in ./concepts.
 */
import type { Lang, SearchConcept } from './concepts';

export interface CardStrings {
	concepts: string;
	read: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Replaces the content of `host` with cards for `concepts` (or hides it when there are none). */
export function renderCards(host: HTMLElement, concepts: SearchConcept[], lang: Lang, strings: CardStrings): void {
	host.replaceChildren();
	host.hidden = concepts.length === 0;
	if (concepts.length === 0) return;
	const other: Lang = lang === 'en' ? 'ko' : 'en';
	const heading = el('p', 'dockside-concepts__label', strings.concepts);
	heading.id = 'dockside-concepts-label';
	const list = el('ul', 'dockside-concepts__list');
	list.setAttribute('aria-labelledby', heading.id);
	for (const c of concepts) {
		const item = el('li', 'dockside-concepts__card');
		item.dataset.concept = c.id;
		const link = el('a', 'dockside-concepts__link');
		link.href = c.href;
		link.append(el('span', 'dockside-concepts__term', c.term[lang]));
		if (c.term[other] !== c.term[lang]) {
			const alt = el('span', 'dockside-concepts__other', c.term[other]);
			alt.lang = other;
			link.append(' ', alt);
		}
		item.append(link, el('p', 'dockside-concepts__short', c.short), el('p', 'dockside-concepts__page', `${strings.read}: ${c.page}`));
		list.append(item);
	}
	host.append(heading, list);
}
