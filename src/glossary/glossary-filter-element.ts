/**
 * <dockside-glossary>: the glossary page's filter box. The page is complete without it (every
 * entry shown, the box hidden by `@media (scripting: none)`); this only hides what does not match.
 * Each entry has two haystacks (see ./filter.ts), fetched from `data-src` the first time the box is
 * focused or filled: names (id, terms, aliases) and everything in both languages. Entries whose name matches move to the top, so `하이퍼`
 * lists 하이퍼바이저 first, then the other hypervisors, then entries that merely mention one
 * (see `rankOf`); clearing the box restores the page's order.
 */
import { haystack, rankOf } from './filter';

const ANNOUNCE_DELAY = 400;

class DocksideGlossary extends HTMLElement {
	#own = new AbortController();
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('[data-filter-input]');
		const status = this.querySelector<HTMLElement>('[data-filter-status]');
		const entries = [...this.querySelectorAll<HTMLElement>('[data-entry]')];
		const list = entries[0]?.parentElement;
		if (!input || !status || !list) return;
		let order = entries;
		this.#own = new AbortController();
		const { countAll = '', countSome = '', countNone = '', src = '' } = this.dataset;
		let hay: Record<string, [string, string]> | undefined;
		let loading: Promise<void> | undefined;
		// Until the haystacks arrive (or if they cannot), an entry matches on its visible text.
		const load = () =>
			(loading ??= fetch(src, { signal: this.#own.signal })
				.then((r) => (r.ok ? r.json() : undefined))
				.then((data) => {
					hay = data;
					if (input.value) apply(false);
				})
				.catch(() => undefined));
		const total = entries.length;

		const apply = (announce: boolean) => {
			let shown = 0;
			const ranks = new Map<HTMLElement, number>();
			for (const entry of entries) {
				const [names, all] = hay?.[entry.id] ?? [haystack([entry.querySelector('.gl-term')?.textContent ?? '']), haystack([entry.textContent ?? ''])];
				const rank = rankOf(names, all, input.value);
				entry.hidden = rank < 0;
				if (rank >= 0) shown++;
				ranks.set(entry, rank < 0 ? 4 : rank);
			}
			// Stable sort: within a rank the page's own order. Moving nodes (not CSS `order`) keeps
			// reading and tab order the same as what is seen.
			const next = [...entries].sort((a, b) => ranks.get(a)! - ranks.get(b)!);
			if (next.some((e, i) => e !== order[i])) {
				list.append(...next);
				order = next;
			}
			const text =
				shown === total ? countAll : shown === 0 ? countNone : countSome.replace('{n}', String(shown));
			clearTimeout(this.#timer);
			// Wait for a pause in typing so screen readers hear one count, not one per key.
			const write = () => (status.textContent = text.replace('{total}', String(total)));
			if (announce) this.#timer = setTimeout(write, ANNOUNCE_DELAY);
			else write();
		};

		input.addEventListener('focus', load, { signal: this.#own.signal });
		input.addEventListener(
			'input',
			() => {
				void load();
				apply(true);
			},
			{ signal: this.#own.signal },
		);
		input.addEventListener(
			'keydown',
			(e) => {
				if (e.key === 'Escape' && input.value) {
					input.value = '';
					apply(true);
				}
			},
			{ signal: this.#own.signal },
		);
		// `?q=` opens the page already filtered (links from search, shared URLs).
		const q = new URLSearchParams(location.search).get('q');
		if (q && !input.value) input.value = q;
		if (input.value) {
			void load();
			apply(false);
		}
	}

	disconnectedCallback() {
		clearTimeout(this.#timer);
		this.#own.abort();
	}
}

if (!customElements.get('dockside-glossary')) customElements.define('dockside-glossary', DocksideGlossary);
