/**
 * A satteri hast plugin: Markdown links to another site open with rel="noopener noreferrer",
 * so the page they open cannot reach back through window.opener or learn where it came from.
 */
export function externalLinks() {
	return {
		name: 'dockside:external-links',
		element: {
			filter: ['a'],
			visit(node: { properties?: Record<string, unknown> }, ctx: { setProperty(node: unknown, key: string, value: unknown): void }) {
				const href = node.properties?.href;
				if (typeof href === 'string' && /^https?:\/\//i.test(href)) {
					ctx.setProperty(node, 'rel', 'noopener noreferrer');
				}
			},
		},
	};
}
