// The "Look inside" panel: draws the x-ray of the step's host (processes, namespaces, cgroups,
// the filesystem as stacked layers, the network) into the server-rendered sections. Loaded only
// when the reader opens the panel; text reaches the page through textContent alone.
import type { XRay, XrayContainer } from '../sim/index';
import type { NamespaceKind } from '../sim/xray';
import type { XrayStrings } from './xray-strings';

const NAMESPACES: NamespaceKind[] = ['pid', 'net', 'mnt', 'uts', 'ipc', 'user', 'cgroup'];

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, ...children: Child[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (cls) node.className = cls;
	// append() takes strings as text nodes: nothing here is parsed as HTML.
	node.append(...children);
	return node;
}

/** go-units-like binary size for limits: 512MiB, 1.5GiB. */
function bytes(n: number): string {
	const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
	let i = 0;
	let v = n;
	while (v >= 1024 && i < units.length - 1) {
		v /= 1024;
		i++;
	}
	return `${Number.isInteger(v) ? v : v.toFixed(1)}${units[i]}`;
}

function fill(template: string, values: Record<string, number | string>): string {
	return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

function card(c: XrayContainer, ...children: Child[]): HTMLElement {
	return el('div', 'tr-x-card', el('p', 'tr-x-name', c.name), ...children);
}

function processes(x: XRay, t: XrayStrings): Child[] {
	const running = x.containers.filter((c) => c.running);
	if (!running.length) return [el('p', 'tr-x-empty', x.containers.length ? t.noRunning : t.noContainers)];
	return running.map((c) => {
		const head = el('tr', '', ...[t.pidInside, t.pidHost, t.user, t.command].map((h) => {
			const th = el('th', '', h);
			th.scope = 'col';
			return th;
		}));
		const rows = c.processes.map((p) => el('tr', '', el('td', 'tr-x-pid', String(p.pid)), el('td', 'tr-x-pid', String(p.hostPid)), el('td', '', p.user), el('td', 'tr-x-cmd', p.command)));
		const table = el('table', 'tr-x-table', el('caption', '', c.name), el('thead', '', head), el('tbody', '', ...rows));
		return el('div', 'tr-x-card', el('div', 'tr-x-scroll', table));
	});
}

function namespaces(x: XRay, t: XrayStrings): Child[] {
	const running = x.containers.filter((c) => c.running);
	if (!running.length) return [el('p', 'tr-x-empty', x.containers.length ? t.noRunning : t.noContainers)];
	return [
		...running.map((c) => {
			const items = NAMESPACES.map((ns) => {
				const shared = c.sharedNs.includes(ns);
				const li = el('li', shared ? 'tr-x-ns tr-x-ns-host' : 'tr-x-ns tr-x-ns-own', el('span', 'tr-x-ns-kind', ns), ' ', el('span', '', shared ? t.nsHost : t.nsOwn));
				li.dataset.ns = ns;
				li.dataset.shared = String(shared);
				return li;
			});
			return card(c, el('ul', 'tr-x-nslist', ...items));
		}),
		el('p', 'tr-x-note', t.nsNote),
	];
}

function cgroups(x: XRay, t: XrayStrings): Child[] {
	if (!x.containers.length) return [el('p', 'tr-x-empty', t.noContainers)];
	return x.containers.map((c) => {
		const dl = el('dl', 'tr-x-dl', el('dt', '', t.memory), el('dd', '', c.memory ? bytes(c.memory) : t.noLimit), el('dt', '', t.cpus), el('dd', '', c.cpus ? String(c.cpus) : t.noLimit));
		return card(c, dl, ...(c.oom ? [el('p', 'tr-x-oom', t.oom)] : []), ...(c.running || c.oom ? [] : [el('p', 'tr-x-note', t.stopped)]));
	});
}

function filesystem(x: XRay, t: XrayStrings): Child[] {
	if (!x.containers.length) return [el('p', 'tr-x-empty', t.noContainers)];
	return x.containers.map((c) => {
		// Newest on top, as overlayfs stacks them: the writable layer over the image's layers.
		const layers = [...(x.layers[c.image] ?? [])].reverse();
		const stack = el(
			'ol',
			'tr-x-stack',
			el('li', 'tr-x-layer tr-x-writable', el('span', 'tr-x-layer-by', t.writable), el('span', 'tr-x-layer-size', fill(t.writableStats, c.writable))),
			el('li', 'tr-x-stack-label', t.imageLayers),
			...layers.map((l) => el('li', 'tr-x-layer', el('span', 'tr-x-layer-by', l.by), el('span', 'tr-x-layer-size', l.size))),
		);
		stack.setAttribute('aria-label', `${t.writable}, ${t.imageLayers}`);
		const mounts = el(
			'ul',
			'tr-x-mounts',
			...(c.mounts.length ? c.mounts.map((m) => el('li', `tr-x-mount tr-x-mount-${m.type}`, el('span', 'tr-x-mount-kind', m.type === 'volume' ? t.volume : m.type === 'tmpfs' ? 'tmpfs' : t.bind), ' ', m.type === 'tmpfs' ? m.destination : `${m.source} → ${m.destination}`)) : [el('li', 'tr-x-empty', '—')]),
		);
		mounts.setAttribute('aria-label', t.mounts);
		return card(c, el('div', 'tr-x-fs', stack, el('div', '', el('p', 'tr-x-sub', t.mounts), mounts)));
	});
}

function network(x: XRay, t: XrayStrings): Child[] {
	if (!x.containers.length) return [el('p', 'tr-x-empty', t.noContainers)];
	const nets = x.networks.map((n) => el('li', 'tr-x-net', el('strong', '', n.name), ` (${n.driver})${n.subnet ? ` ${n.subnet} · ${t.gateway} ${n.gateway}` : ''}`));
	const cards = x.containers.map((c) => {
		const dl = el('dl', 'tr-x-dl', el('dt', '', t.network), el('dd', '', c.network), el('dt', '', t.address), el('dd', '', c.running ? c.ip || '—' : t.stopped));
		if (c.ports.length) dl.append(el('dt', '', t.ports), el('dd', '', el('ul', 'tr-x-ports', ...c.ports.map((p) => el('li', '', p)))));
		return card(c, dl);
	});
	return [...(nets.length ? [el('ul', 'tr-x-nets', ...nets)] : []), ...cards];
}

const PARTS = { processes, namespaces, cgroups, filesystem, network } as const;

/** Fills every section of the panel for one step's x-ray. */
export function renderXray(body: HTMLElement, x: XRay, t: XrayStrings) {
	for (const [key, draw] of Object.entries(PARTS)) {
		const part = body.querySelector<HTMLElement>(`[data-part="${key}"] .tr-xray-part`);
		part?.replaceChildren(...draw(x, t));
	}
}
