// The "Look inside" toggle, bound by the player: it opens the server-rendered panel and loads its
// renderer (xray-panel.ts) on first use, so a replay nobody looks inside carries only this file.
import type { HostView } from '../sim/index';
import type { XrayStrings } from './xray-strings';

export interface XrayToggle {
	/** The step's (or the live machine's) state: drawn now if the panel is open, else on opening. */
	update(view: HostView): void;
}

export function bindXray(root: HTMLElement, signal: AbortSignal): XrayToggle {
	const box = root.querySelector<HTMLElement>('.tr-xray');
	const button = box?.querySelector<HTMLButtonElement>('.tr-xray-toggle');
	const body = box?.querySelector<HTMLElement>('.tr-xray-body');
	if (!box || !button || !body) return { update() {} };
	const t = JSON.parse(box.dataset.strings ?? '{}') as XrayStrings;
	let last: HostView | undefined;
	let render: typeof import('./xray-panel').renderXray | undefined;
	const draw = () => {
		if (render && last && !body.hidden) render(body, last.xray, t);
	};
	const load = async () => {
		render ??= (await import('./xray-panel')).renderXray;
		draw();
	};
	box.hidden = false;
	button.disabled = false;
	button.addEventListener(
		'click',
		async () => {
			const open = button.getAttribute('aria-expanded') !== 'true';
			button.setAttribute('aria-expanded', String(open));
			body.hidden = !open;
			if (open) await load();
		},
		{ signal },
	);
	// A player created again (after a release) finds the panel as the reader left it.
	if (!body.hidden) void load();
	signal.addEventListener('abort', () => {
		button.disabled = true;
	});
	return {
		update(view) {
			last = view;
			draw();
		},
	};
}
