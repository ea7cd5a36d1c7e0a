// The state panel: images, containers, volumes and networks of the step's host, each linked to
// its glossary concept. Shared by the replay (which must not load the live shell) and take-over.
import type { HostView } from '../sim/index';
import type { TerminalStrings } from './strings';

const CONCEPT_OF = { images: 'image', containers: 'container', volumes: 'volume', networks: 'network' } as const;

/** Fills a state panel. Text only, through textContent. */
export function renderState(body: HTMLElement, view: HostView, t: TerminalStrings, lang: 'en' | 'ko') {
	const groups: Array<[keyof typeof CONCEPT_OF, string[]]> = [
		['images', view.images.map((i) => (i.tags.length ? i.tags.join(', ') : `<none> ${i.id.slice(0, 12)}`) + ` · ${i.size}`)],
		['containers', view.containers.map((c) => `${c.name} · ${c.image} · ${c.statusText}${c.ports ? ` · ${c.ports}` : ''}`)],
		['volumes', view.volumes.map((v) => v.name + (v.usedBy.length ? ` · ${v.usedBy.join(', ')}` : ''))],
		['networks', view.networks.filter((n) => !n.builtin).map((n) => `${n.name} · ${n.driver}`)],
	];
	const fragment = document.createDocumentFragment();
	for (const [key, items] of groups) {
		const section = document.createElement('div');
		section.className = 'tr-state-group';
		const title = document.createElement('a');
		title.href = `/${lang}/reference/glossary/#${CONCEPT_OF[key]}`;
		title.textContent = `${t[key]} (${items.length})`;
		const list = document.createElement('ul');
		for (const item of items.length ? items : [t.none]) {
			const li = document.createElement('li');
			if (items.length) {
				const link = document.createElement('a');
				link.href = title.href;
				link.textContent = item;
				li.append(link);
			} else li.textContent = item;
			list.append(li);
		}
		section.append(title, list);
		fragment.append(section);
	}
	body.replaceChildren(fragment);
}
