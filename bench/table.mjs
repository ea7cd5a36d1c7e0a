// Turns bench/results.json into the printed report: one table per section, ours beside the peers.
import { isCell } from './lib.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const secs = (s) => `${s.toFixed(1)} s`;
const ms = (n) => `${Math.round(n)} ms`;
const num = (n) => (Number.isInteger(n) ? String(n) : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));

/** A cell: '—' when absent, the reason when n/a or failed, else fmt(value). */
function cell(value, fmt = (v) => String(v)) {
	if (value === undefined || value === null) return '—';
	if (isCell(value)) return 'na' in value ? `n/a (${value.na})` : `error: ${value.error}`;
	if (typeof value === 'number' && !Number.isFinite(value)) return '—';
	return fmt(value);
}

function table(title, header, rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
	const line = (r) => r.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' │ ').trimEnd();
	return [`\n${title}`, line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)].join('\n');
}

/** Pick a field out of a figure set that may itself be an n/a or error cell. */
const pick = (obj, key) => (isCell(obj) ? obj : obj?.[key]);

function bytesCell(side, kind, moment) {
	if (side === undefined) return '—';
	if (isCell(side)) return cell(side);
	const { static: s, browser: b } = side;
	const browserSet = isCell(b) ? undefined : moment === 'load' ? b?.atLoad : b?.afterTerminal;
	const sum = (o) => (kind === 'total' ? o.html + o.css + o.js : o[kind]);
	if (moment === 'after') return browserSet ? kb(sum(browserSet)) : b && isCell(b) ? cell(b) : '—';
	const staticValue = isCell(s) ? undefined : s && sum(s);
	const browserValue = browserSet && sum(browserSet);
	if (staticValue === undefined) return browserValue === undefined ? cell(isCell(s) ? s : b) : `${kb(browserValue)} (browser)`;
	if (browserValue === undefined || Math.abs(browserValue - staticValue) < 100) return kb(staticValue);
	return `${kb(staticValue)} (browser ${kb(browserValue)})`;
}

function flatten(value, prefix = '', out = []) {
	if (value && typeof value === 'object' && !Array.isArray(value) && !isCell(value)) {
		for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
	} else out.push([prefix || 'value', value]);
	return out;
}
const plain = (v) => cell(v, (x) => (typeof x === 'number' ? num(x) : Array.isArray(x) ? x.join(', ') : String(x)));

/** A free-form figure set (simulator, search): two columns when it is { ours, peer }. */
function freeForm(title, value) {
	if (value === undefined || isCell(value) || typeof value !== 'object') return table(title, ['figure', 'value'], [['—', plain(value)]]);
	const sides = Object.keys(value).filter((k) => value[k] && typeof value[k] === 'object' && !isCell(value[k]));
	if (value.ours && sides.length >= 2) {
		const keys = [...new Set(sides.flatMap((s) => flatten(value[s]).map(([k]) => k)))];
		const rows = keys.map((k) => [k, ...sides.map((s) => plain(Object.fromEntries(flatten(value[s]))[k]))]);
		for (const [k, v] of flatten(Object.fromEntries(Object.entries(value).filter(([k]) => !sides.includes(k))))) rows.push([k, plain(v)]);
		return table(title, ['figure', ...sides], rows);
	}
	return table(title, ['figure', 'value'], flatten(value).map(([k, v]) => [k, plain(v)]));
}

export function printReport(r, pageTypes) {
	const out = [];
	const m = r.machine;
	out.push(
		`Dockside benchmark · ${r.date}`,
		`Node ${r.node} · Chromium ${r.chromium ?? 'n/a'} · ${m.cpus} × ${m.model} · ${m.memoryGB} GB · load average ${m.loadAverageAtStart.join(' ')} → ${m.loadAverageAtEnd?.join(' ')}`,
	);
	if (r.fatal) out.push(`FATAL: ${r.fatal}`);

	// Build.
	const b = r.build;
	const peerPages = isCell(b.peer) || !b.peer ? '' : ` (${b.peer.pages} pages)`;
	out.push(
		table('Build', ['figure', 'ours', `plain Starlight${peerPages}`], [
			['cold build', cell(pick(b.ours, 'coldSeconds'), secs), cell(pick(b.peer, 'coldSeconds'), secs)],
			['warm build', cell(pick(b.ours, 'warmSeconds'), secs), '—'],
			['pages built', cell(pick(b.ours, 'pages')), cell(pick(b.peer, 'pages'))],
			['pages per second, cold', cell(pick(b.ours, 'pagesPerSecondCold'), num), cell(pick(b.peer, 'pagesPerSecondCold'), num)],
			['pages per second, warm', cell(pick(b.ours, 'pagesPerSecondWarm'), num), '—'],
		]),
	);

	// Bytes and Lighthouse share columns: each page type, with the peer beside our doc page.
	const columns = [];
	for (const t of pageTypes) {
		columns.push({ label: t.short, get: (section) => section?.[t.id]?.ours });
		if (t.id === 'doc') columns.push({ label: 'doc · plain Starlight', get: (section) => section?.[t.id]?.peer });
	}
	const header = ['figure', ...columns.map((c) => c.label)];
	out.push(`\nPages: ${pageTypes.map((t) => `${t.short} = ${t.path}`).join(', ')}; plain Starlight = our doc page's text in a stock Starlight site.`);
	const bytesRow = (label, kind, moment) => [label, ...columns.map((c) => bytesCell(c.get(r.bytes), kind, moment))];
	const browserOnly = (label, kind) => [
		label,
		...columns.map((c) => {
			const side = c.get(r.bytes);
			if (side === undefined || isCell(side)) return cell(side);
			return isCell(side.browser) ? cell(side.browser) : cell(side.browser?.atLoad?.[kind], kb);
		}),
	];
	out.push(
		table('Bytes, gzip -9 (static from the build; "browser" where Chromium received a different amount)', header, [
			bytesRow('HTML at load', 'html', 'load'),
			bytesRow('CSS at load', 'css', 'load'),
			bytesRow('JS at load', 'js', 'load'),
			bytesRow('HTML+CSS+JS at load', 'total', 'load'),
			browserOnly('other at load (browser: images, fonts…)', 'other'),
			bytesRow('JS after terminal visible (browser)', 'js', 'after'),
			bytesRow('CSS after terminal visible (browser)', 'css', 'after'),
			bytesRow('HTML+CSS+JS after terminal visible', 'total', 'after'),
		]),
	);

	if (isCell(r.lighthouse)) out.push(table('Lighthouse', ['figure', 'value'], [['all', cell(r.lighthouse)]]));
	else {
		for (const [formFactor, section] of Object.entries(r.lighthouse)) {
			const row = (label, key, fmt) => [label, ...columns.map((c) => cell(pick(c.get(section), key), fmt))];
			out.push(
				table(`Lighthouse ${formFactor} (median of ${r.options.runs})`, header, [
					row('performance', 'performance', num),
					row('accessibility', 'accessibility', num),
					row('best practices', 'bestPractices', num),
					row('SEO', 'seo', num),
					row('LCP', 'lcpMs', (v) => `${(v / 1000).toFixed(2)} s`),
					row('TBT', 'tbtMs', ms),
					row('CLS', 'cls', (v) => v.toFixed(3)),
					row('audits failing', 'failing', (v) => (v.length ? v.join(', ') : 'none')),
				]),
			);
		}
	}

	// Terminal.
	const t = r.terminal ?? {};
	const trow = (label, key, fmt) => [label, cell(pick(t.ours, key), fmt), cell(pick(t.asciinema, key), fmt)];
	out.push(
		table(`Terminal (session "${t.session ?? '?'}")`, ['figure', 'ours', 'asciinema-player'], [
			trow('JS at load', 'jsAtLoad', kb),
			trow('JS after the terminal becomes visible', 'jsAfterVisible', kb),
			trow('CSS after the terminal becomes visible', 'cssAfterVisible', kb),
			[
				'JS loaded when it becomes visible (after − at load)',
				...[t.ours, t.asciinema].map((side) => (isCell(side) || !side ? cell(side) : kb(side.jsAfterVisible - side.jsAtLoad))),
			],
			trow('visible → first painted frame', 'visibleToFirstFrameMs', ms),
			trow('main-thread time per second of replay', 'mainThreadMsPerReplaySecond', (v) => `${v.toFixed(1)} ms/s`),
		]),
	);

	out.push(freeForm('Simulator (bench/sim.ts)', r.sim));
	if (r.challenges) out.push(freeForm('Challenges (bench/challenges.ts)', r.challenges));
	out.push(freeForm('Search (bench/search.mjs)', r.search));
	out.push(freeForm('Reader queries, first three links (bench/reader-queries.mjs)', r.readerQueries));
	return out.join('\n');
}
