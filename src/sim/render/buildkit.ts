// BuildKit's two progress displays (moby/buildkit util/progress/progressui): the TTY view
// redrawn in place (display.go) and the plain `#N` log (printer.go). Both render the same
// list of vertices, computed by the build command with simulated start and end times.
import { bytes2 } from './format.ts';

export interface VertexStatus {
	id: string;
	current: number;
	total: number;
	start: number;
	end: number;
}

export interface Vertex {
	name: string;
	/** Seconds from the start of the build. */
	start: number;
	end: number;
	cached: boolean;
	error: string;
	statuses: VertexStatus[];
	/** Log lines with their time in seconds from the start of the build. */
	logs: Array<{ t: number; text: string }>;
}

const ESC = '\x1b[';
const BLUE = '\x1b[34m';
const RED = '\x1b[31m';
const FAINT = '\x1b[2m';
const RESET = '\x1b[0m';

function align(l: string, r: string, w: number): string {
	const width = w - r.length - 1;
	return (l.length < width ? l + ' '.repeat(width - l.length) : l) + ' ' + r;
}

interface Job {
	name: string;
	status: string;
	dt: number;
	completed: boolean;
	error: boolean;
	logs: string[];
}

function jobsAt(vertices: Vertex[], t: number, final: boolean): Job[] {
	const jobs: Job[] = [];
	for (const v of vertices) {
		if (v.start > t && !final) continue;
		const done = final || v.end <= t;
		let name = v.name;
		if (v.error) name = 'ERROR ' + name;
		if (v.cached) name = 'CACHED ' + name;
		const logs = done ? [] : v.logs.filter((l) => l.t <= t).map((l) => l.text).slice(-6);
		jobs.push({ name, status: '', dt: (done ? v.end : t) - v.start, completed: done, error: v.error !== '', logs });
		for (const s of v.statuses) {
			if (s.start > t && !final) continue;
			const sdone = final || s.end <= t;
			const frac = sdone ? 1 : Math.max(0, Math.min(1, (t - s.start) / Math.max(s.end - s.start, 0.001)));
			const cur = Math.round(s.current * (s.total ? frac : 1));
			let status = '';
			if (s.total !== 0) status = `${bytes2(s.total ? Math.round(s.total * frac) : cur)} / ${bytes2(s.total)}`;
			else if (s.current !== 0) status = bytes2(s.current);
			jobs.push({ name: '=> ' + s.id, status, dt: (sdone ? s.end : t) - s.start, completed: sdone, error: false, logs: [] });
		}
	}
	return jobs;
}

/** The whole TTY stream: one frame per event time, then the final frame and error logs. */
export function renderTty(vertices: Vertex[], opts: { width: number; height: number; desc: string; total: number }): string {
	const width = opts.width;
	const times = new Set<number>();
	for (const v of vertices) {
		times.add(v.start);
		times.add(v.end);
		for (const l of v.logs) times.add(l.t);
	}
	const end = Math.max(0, ...vertices.map((v) => v.end));
	const frames = [...times].filter((x) => x < end).sort((a, b) => a - b);
	let out = '';
	let lineCount = -1;
	const print = (t: number, final: boolean) => {
		let jobs = jobsAt(vertices, t, final);
		let moves = '';
		for (let i = 0; i <= Math.max(lineCount, 0); i++) moves += `${ESC}1A`;
		if (lineCount < 0) moves += `${ESC}1B`;
		out += moves + `${ESC}0G` + `${ESC}?25l`;
		const completed = vertices.filter((v) => final || v.end <= t).length;
		const status = final && completed === opts.total ? 'FINISHED' : '';
		let header = `[+] Building ${t.toFixed(1)}s (${completed}/${opts.total}) ${status}`;
		header = opts.desc ? align(header, opts.desc, width - 1) : align(header, '', width);
		if (header.length > width) header = header.slice(0, width);
		out += header + '\n';
		if (!final) {
			const limit = opts.height - 2 - jobs.reduce((n, j) => n + j.logs.length, 0);
			if (jobs.length > limit) jobs = jobs.slice(Math.max(0, jobs.length - Math.max(limit, 0)));
		}
		let count = 0;
		for (const j of jobs) {
			const dt = j.dt < 0.05 ? 0 : j.dt;
			const pfx = ' => ';
			const timer = ` ${dt.toFixed(1)}s\n`;
			let left = width - pfx.length - timer.length - 1;
			let showStatus = false;
			if (j.status !== '' && left + j.status.length > 20) {
				showStatus = true;
				left -= j.status.length + 1;
			}
			if (left < 12) continue;
			let name = j.name;
			if (name.length > left) name = name.slice(0, left);
			let line = pfx + name + (showStatus ? ' ' + j.status : '');
			line = align(line, timer, width);
			if (j.completed) line = (j.error ? RED : BLUE) + line + RESET;
			out += line;
			count++;
			for (const l of j.logs) {
				out += `${FAINT} => => # ${l.slice(0, Math.max(1, width - 10))}\n${RESET}`;
				count++;
			}
		}
		if (lineCount > count) {
			const diff = lineCount - count;
			for (let i = 0; i < diff; i++) out += ' '.repeat(width) + '\n';
			out += `${ESC}${diff}A${ESC}0G`;
		}
		out += `${ESC}?25h`;
		lineCount = count;
	};
	for (const t of frames) print(t, false);
	print(end, true);
	return out;
}

function secs(t: number): string {
	return t < 10 ? t.toFixed(3) : t < 100 ? t.toFixed(2) : t.toFixed(1);
}

/** `--progress=plain`: one block per vertex. */
export function renderPlain(vertices: Vertex[], builder: string): string {
	let out = `#0 building with "${builder}" instance using docker driver\n`;
	vertices.forEach((v, i) => {
		const n = i + 1;
		out += `\n#${n} ${v.name}\n`;
		for (const s of v.statuses) {
			let bytes = '';
			if (s.total !== 0) bytes = ` ${bytes2(s.total)} / ${bytes2(s.total)}`;
			else if (s.current !== 0) bytes = ` ${bytes2(s.current)}`;
			const diff = s.end - s.start;
			const tm = (diff > 0.01 ? ` ${diff.toFixed(1)}s` : '') + ' done';
			out += `#${n} ${s.id}${bytes}${tm}\n`;
		}
		for (const l of v.logs) out += `#${n} ${secs(Math.max(0, l.t - v.start))} ${l.text}\n`;
		if (v.error) out += `#${n} ERROR: ${v.error}\n`;
		else if (v.cached) out += `#${n} CACHED\n`;
		else out += `#${n} DONE ${(v.end - v.start).toFixed(1)}s\n`;
	});
	return out;
}

/** printErrorLogs + the Dockerfile excerpt (solver/errdefs/source.go). */
export function errorBlock(v: Vertex, file: string, source: string, line: number): string {
	let out = '------\n';
	out += ` > ${v.name}:\n`;
	for (const l of v.logs) out += `${secs(Math.max(0, l.t - v.start))} ${l.text}\n`;
	out += '------\n';
	const lines = source.split('\n');
	if (line >= 1 && line <= lines.length) {
		let start = line;
		let end = line;
		const pad = 4;
		let p = 0;
		while (p < pad) {
			if (start > 1) {
				start--;
				p++;
			}
			if (end !== lines.length) {
				end++;
				p++;
			}
			p++;
		}
		out += `${file}:${line}\n--------------------\n`;
		for (let i = start; i <= end; i++) out += ` ${String(i).padStart(3, ' ')} | ${i === line ? '>>>' : '   '} ${lines[i - 1]}\n`;
		out += '--------------------\n';
	}
	return out;
}
