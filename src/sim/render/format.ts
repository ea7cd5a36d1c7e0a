// Formatting helpers that mirror Go's and docker/cli's: go-units sizes and durations,
// tabwriter tables, Ellipsis truncation, strconv.Quote and json.MarshalIndent output.

/** Go's %.Ng with trailing zeros dropped, for values below 1000 (all that units produce). */
export function goG(value: number, precision: number): string {
	if (value === 0) return '0';
	const s = Number(value.toPrecision(precision)).toString();
	return s.includes('e') ? value.toFixed(0) : s;
}

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

function scaled(size: number): [number, string] {
	let i = 0;
	let v = size;
	while (v >= 1000 && i < DECIMAL.length - 1) {
		v /= 1000;
		i++;
	}
	return [v, DECIMAL[i]!];
}

/** go-units HumanSizeWithPrecision(size, precision): `124MB`, `77.9MB`, `13.3kB`. */
export function humanSize(size: number, precision = 4): string {
	const [v, unit] = scaled(size);
	return goG(v, precision) + unit;
}

/** tonistiigi/units %.2f (BuildKit status rows): `3.62MB`, `308B`. */
export function bytes2(size: number): string {
	const [v, unit] = scaled(size);
	if (unit === 'B') return `${Math.round(v)}B`;
	return `${v.toFixed(2)}${unit}`;
}

/** go-units HumanDuration. */
export function humanDuration(ms: number): string {
	const seconds = Math.floor(ms / 1000);
	if (seconds < 1) return 'Less than a second';
	if (seconds === 1) return '1 second';
	if (seconds < 60) return `${seconds} seconds`;
	const minutes = Math.floor(seconds / 60);
	if (minutes === 1) return 'About a minute';
	if (minutes < 60) return `${minutes} minutes`;
	const hours = Math.round(ms / 3_600_000);
	if (hours === 1) return 'About an hour';
	if (hours < 48) return `${hours} hours`;
	if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
	if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
	if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
	return `${Math.floor(hours / 24 / 365)} years`;
}

/** Display width of a string in terminal cells (CJK and emoji count double). */
export function cellWidth(s: string): number {
	let w = 0;
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		if (c < 32 || (c >= 0x7f && c < 0xa0)) continue;
		if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd)) w += 2;
		else w += 1;
	}
	return w;
}

/** docker/cli's tabwriter (cells measured with go-runewidth): minwidth 10, padding 3, last column unpadded. */
export function table(rows: string[][]): string {
	if (rows.length === 0) return '';
	const cols = Math.max(...rows.map((r) => r.length));
	const widths: number[] = [];
	for (let c = 0; c < cols - 1; c++) {
		let w = 0;
		for (const r of rows) w = Math.max(w, cellWidth(r[c] ?? ''));
		widths.push(Math.max(w + 3, 10));
	}
	let out = '';
	for (const r of rows) {
		let line = '';
		for (let c = 0; c < r.length; c++) {
			const cell = r[c] ?? '';
			line += c < r.length - 1 ? cell + ' '.repeat(Math.max(0, widths[c]! - cellWidth(cell))) : cell;
		}
		out += line + '\n';
	}
	return out;
}

/** docker/cli formatter.Ellipsis: fit within n display cells (wide runes count 2), then `…`. */
export function ellipsis(s: string, n: number): string {
	const runes = [...s];
	if (n <= 0) return '';
	if (n === 1) return runes[0] ?? '';
	let width = 0;
	const upto: number[] = runes.map((r) => (width += cellWidth(r)));
	if (width <= n) return s;
	const keep = upto.findIndex((w, i) => w <= n - 1 && (upto[i + 1] ?? Infinity) > n - 1);
	return keep < 0 ? '…' : runes.slice(0, keep + 1).join('') + '…';
}

/** Go strconv.Quote for printable text. */
export function goQuote(s: string): string {
	let out = '"';
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		if (ch === '"') out += '\\"';
		else if (ch === '\\') out += '\\\\';
		else if (ch === '\n') out += '\\n';
		else if (ch === '\t') out += '\\t';
		else if (ch === '\r') out += '\\r';
		else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
		else out += ch;
	}
	return out + '"';
}

/** json.MarshalIndent with 4 spaces and Go's HTML escaping, as `docker inspect` prints. */
export function goJson(value: unknown, indent = '    '): string {
	return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

export function rfc3339(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

export function shortId(id: string): string {
	return id.replace(/^sha256:/, '').slice(0, 12);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** `2025/11/12 09:00:05` (nginx error log). */
export function nginxTime(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/** `12/Nov/2025:09:00:05 +0000` (access logs). */
export function clfTime(ms: number): string {
	const d = new Date(ms);
	return `${pad2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}

/** `Wed Nov 12 09:00:05 UTC 2025` (date). */
export function unixDate(ms: number): string {
	const d = new Date(ms);
	return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** `Wed, 12 Nov 2025 09:00:05 GMT` (HTTP). */
export function httpDate(ms: number): string {
	const d = new Date(ms);
	return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} GMT`;
}

/** `12 Nov 2025 09:00:05.123` (redis). */
export function redisTime(ms: number): string {
	const d = new Date(ms);
	return `${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
}


/**
 * `date [+FORMAT]` in UTC: the default unixDate line, or the strftime conversions learners use
 * (%Y %m %d %H %M %S %s %y %j %a %A %b %B %Z %T %D %F %%), as coreutils and BusyBox date print them.
 */
export function dateCommand(ms: number, args: string[]): string {
	const fmt = args.find((a) => a.startsWith('+'));
	if (fmt === undefined) return unixDate(ms) + '\n';
	const d = new Date(ms);
	const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
	const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
	const day0 = Date.UTC(d.getUTCFullYear(), 0, 1);
	const conv: Record<string, () => string> = {
		Y: () => String(d.getUTCFullYear()),
		y: () => pad2(d.getUTCFullYear() % 100),
		m: () => pad2(d.getUTCMonth() + 1),
		d: () => pad2(d.getUTCDate()),
		H: () => pad2(d.getUTCHours()),
		M: () => pad2(d.getUTCMinutes()),
		S: () => pad2(d.getUTCSeconds()),
		s: () => String(Math.floor(ms / 1000)),
		j: () => String(Math.floor((ms - day0) / 86_400_000) + 1).padStart(3, '0'),
		a: () => DAYS[d.getUTCDay()]!,
		A: () => LONG_DAYS[d.getUTCDay()]!,
		b: () => MONTHS[d.getUTCMonth()]!,
		B: () => LONG_MONTHS[d.getUTCMonth()]!,
		Z: () => 'UTC',
		T: () => `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`,
		D: () => `${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())}/${pad2(d.getUTCFullYear() % 100)}`,
		F: () => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`,
		'%': () => '%',
	};
	return fmt.slice(1).replace(/%(.)/g, (m, k: string) => (conv[k] ? conv[k]() : m)) + '\n';
}
