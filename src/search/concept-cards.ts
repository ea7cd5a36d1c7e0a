/**
 * Renders the concept cards above Pagefind's results: a list of links, each naming the concept in
 * both languages with its one-line definition and the page that treats it. DOM only; matching
 * lives in ./concepts.
 */
import type { Answer, Lang, SearchConcept } from './concepts';

export interface CardStrings {
	concepts: string;
	read: string;
	answers: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/**
 * Replaces the content of `host` with links for `answers` (walkthrough steps and pages that
 * perform the task asked) and cards for `concepts`, or hides it when there are none.
 */
export function renderCards(host: HTMLElement, concepts: SearchConcept[], lang: Lang, strings: CardStrings, answers: Answer[] = []): void {
	host.replaceChildren();
	host.hidden = concepts.length === 0 && answers.length === 0;
	if (answers.length) {
		const label = el('p', 'dockside-concepts__label', strings.answers);
		label.id = 'dockside-answers-label';
		const list = el('ul', 'dockside-concepts__list');
		list.setAttribute('aria-labelledby', label.id);
		for (const a of answers) {
			const item = el('li', 'dockside-concepts__card');
			item.dataset.answer = a.href;
			const link = el('a', 'dockside-concepts__link');
			link.href = a.href;
			link.append(el('span', 'dockside-concepts__term', a.title));
			item.append(link);
			if (a.cmd) {
				const cmd = el('p', 'dockside-concepts__short');
				cmd.append(el('code', 'dockside-concepts__cmd', a.cmd));
				if (a.caption) cmd.append(' ', a.caption);
				item.append(cmd);
			}
			list.append(item);
		}
		host.append(label, list);
	}
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
