// The final screen of TTY output: a small terminal model that applies carriage returns,
// cursor moves (ESC[nA/B/C/D/G/H, ESC[s/u), line and screen erases, and drops colours and other
// escapes. Lines are not wrapped at the terminal width, so a long line stays one line of
// text (copyable); docker's progress output never relies on wrapping.

const MAX_COL = 4096;

export function finalScreen(raw: string): string {
	// Row 0 stands for the prompt line the command was typed on, so output that first moves
	// the cursor up and down again (BuildKit's first frame) lands where a terminal shows it.
	const lines: string[][] = [['$'], []];
	let phantom = true;
	let row = 1;
	let col = 0;
	let saved: [number, number] = [1, 0];
	const line = (): string[] => {
		while (lines.length <= row) lines.push([]);
		return lines[row]!;
	};
	const n = raw.length;
	let i = 0;
	while (i < n) {
		const ch = raw[i]!;
		const code = ch.charCodeAt(0);
		if (ch === '\x1b') {
			const next = raw[i + 1];
			if (next === '[') {
				let j = i + 2;
				let params = '';
				while (j < n && /[0-9;?<=>]/.test(raw[j]!) && params.length < 32) params += raw[j++];
				while (j < n && raw.charCodeAt(j) >= 0x20 && raw.charCodeAt(j) <= 0x2f) j++;
				const final = raw[j] ?? '';
				i = j + 1;
				if (params.startsWith('?')) continue;
				const nums = params.split(';').map((p) => (p === '' ? NaN : Math.min(parseInt(p, 10), 100000)));
				const a = Number.isNaN(nums[0]!) ? 1 : nums[0]!;
				switch (final) {
					case 'A': row = Math.max(0, row - Math.max(a, 1)); break;
					case 'B': row = Math.min(row + Math.max(a, 1), lines.length + 10000); line(); break;
					case 'C': col = Math.min(col + Math.max(a, 1), MAX_COL); break;
					case 'D': col = Math.max(0, col - Math.max(a, 1)); break;
					case 'E': row += Math.max(a, 1); col = 0; line(); break;
					case 'F': row = Math.max(0, row - Math.max(a, 1)); col = 0; break;
					case 'G': col = Math.min(Math.max(a, 1) - 1, MAX_COL); break;
					case 'H': case 'f': {
						const r = Number.isNaN(nums[0]!) ? 1 : nums[0]!;
						const c = Number.isNaN(nums[1] ?? NaN) ? 1 : nums[1]!;
						row = Math.min(Math.max(r, 1) - 1, 10000);
						col = Math.min(Math.max(c, 1) - 1, MAX_COL);
						line();
						break;
					}
					// Save / restore the cursor (aec.Save, aec.Restore: docker cp's progress line).
					case 's': saved = [row, col]; break;
					case 'u': [row, col] = saved; line(); break;
					case 'K': {
						const l = line();
						const mode = Number.isNaN(nums[0]!) ? 0 : nums[0]!;
						if (mode === 0) l.length = Math.min(l.length, col);
						else if (mode === 1) for (let k = 0; k <= col && k < l.length; k++) l[k] = ' ';
						else l.length = 0;
						break;
					}
					case 'J': {
						const mode = Number.isNaN(nums[0]!) ? 0 : nums[0]!;
						if (mode === 2 || mode === 3) {
							phantom = false;
							lines.length = 0;
							lines.push([]);
							row = 0;
							col = 0;
						} else if (mode === 0) {
							line().length = Math.min(line().length, col);
							lines.length = row + 1;
						}
						break;
					}
					default: break;
				}
				continue;
			}
			if (next === ']') {
				// OSC: up to BEL or ST.
				let j = i + 2;
				while (j < n && raw[j] !== '\x07' && !(raw[j] === '\x1b' && raw[j + 1] === '\\')) j++;
				i = raw[j] === '\x07' ? j + 1 : j + 2;
				continue;
			}
			if (next === 'c') {
				phantom = false;
				lines.length = 0;
				lines.push([]);
				row = 0;
				col = 0;
			}
			i += 2;
			continue;
		}
		i++;
		if (ch === '\n') {
			row++;
			col = 0;
			line();
			continue;
		}
		if (ch === '\r') {
			col = 0;
			continue;
		}
		if (ch === '\b') {
			col = Math.max(0, col - 1);
			continue;
		}
		if (ch === '\t') {
			col = Math.min((Math.floor(col / 8) + 1) * 8, MAX_COL);
			continue;
		}
		if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) continue;
		const l = line();
		while (l.length < col) l.push(' ');
		if (col < MAX_COL) l[col] = ch;
		col = Math.min(col + 1, MAX_COL);
	}
	if (phantom) {
		lines.shift();
		row--;
	}
	const text = lines.map((l) => l.join('').replace(/\s+$/, ''));
	while (text.length > 0 && text[text.length - 1] === '' && text.length > row) text.pop();
	if (text.length > 0 && text[text.length - 1] === '' && row === text.length - 1) text.pop();
	return text.length === 0 ? '' : text.join('\n') + '\n';
}

/** Remove every escape sequence and control character except newlines and tabs. */
export function stripAnsi(text: string): string {
	return text
		.replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, '')
		.replace(/\x1b\[[0-9;?<=>]*[ -\/]*[@-~]?/g, '')
		.replace(/\x1b[@-Z\\-_]?/g, '')
		.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '');
}
