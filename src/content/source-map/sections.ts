/**
 * Splits a source article into its sections, so the source map can be checked against it.
 *
 * The rule (the YAML in this folder writes section names exactly as this returns them):
 *
 * Markdown articles (any line starts with `#`):
 *   - A section is an ATX heading of any level, `#` to `######`, also when it sits inside a
 *     list item (`*   #### Title`). Lines inside ``` fences and the front matter are skipped.
 *   - The text is cleaned of inline markup: `**`/`__`, `<u>` tags, `[text](url)` becomes `text`,
 *     backslash escapes are dropped, spaces are trimmed.
 *   - The article's title is not a section: the first `#` (level 1) heading, or the front-matter
 *     `title` when there is no level-1 heading. A heading that is only a link is navigation
 *     (`[Back to Blog Home](../README.md)`) and is skipped.
 *
 * Plain-text articles (copied from rendered pages, no Markdown at all):
 *   - A section is a line that stands alone between blank lines (or the file's edges), is not
 *     indented, has at most 50 characters, does not end in `.` or `:`, has no ` : ` label
 *     (`사용자 환경 :`, `1. 컨테이너 : …`), does not start with a bullet (`•`, `-`, `*`, `👉`),
 *     and does not follow a block ending in `:` (that line is the label's value).
 *   - Page furniture is skipped: `Post`, `post-thumbnail`, `N개의 댓글`.
 *   - The first section found is the article's title; it and any repeat of it are skipped.
 */
export interface ArticleSections {
	title: string;
	sections: string[];
}

const MAX_PLAIN_HEADING = 50;
const FURNITURE = [/^Post$/, /^post-thumbnail$/, /^\d+개의 댓글$/];

export function parseSections(text: string): ArticleSections {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const markdown = lines.some((line) => /^\s*(?:[*+-]\s+)?#{1,6}\s+\S/.test(line));
	return markdown ? parseMarkdown(lines) : parsePlain(lines);
}

function clean(s: string): string {
	return s
		.replace(/<\/?u>/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\*\*|__/g, '')
		.replace(/\\(.)/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

function parseMarkdown(lines: string[]): ArticleSections {
	let start = 0;
	let frontTitle = '';
	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
		for (const l of lines.slice(1, end)) {
			const m = /^title:\s*"?(.*?)"?\s*$/.exec(l);
			if (m) frontTitle = m[1];
		}
		start = end + 1;
	}
	let inFence = false;
	let title = '';
	const sections: string[] = [];
	for (const line of lines.slice(start)) {
		if (/^\s*```/.test(line)) {
			inFence = !inFence;
			continue;
		}
		if (inFence) continue;
		const m = /^\s*(?:[*+-]\s+)?(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
		if (!m) continue;
		if (/^\[[^\]]*\]\([^)]*\)$/.test(m[2].replace(/\*\*/g, '').trim())) continue;
		const text = clean(m[2]);
		if (m[1].length === 1 && !title) {
			title = text;
			continue;
		}
		sections.push(text);
	}
	return { title: title || clean(frontTitle), sections };
}

function parsePlain(lines: string[]): ArticleSections {
	const blank = (i: number) => i < 0 || i >= lines.length || lines[i].trim() === '';
	let title = '';
	const sections: string[] = [];
	let previousBlockEnd = '';
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (line.trim() === '') continue;
		const alone = blank(i - 1) && blank(i + 1);
		const candidate =
			alone &&
			!/^\s/.test(line) &&
			[...line.trim()].length <= MAX_PLAIN_HEADING &&
			!/[.:]$/.test(line.trim()) &&
			!/\s:(\s|$)/.test(line) &&
			!/^(?:[•*-]|👉)/.test(line) &&
			!previousBlockEnd.endsWith(':') &&
			!FURNITURE.some((re) => re.test(line.trim()));
		if (blank(i + 1)) previousBlockEnd = line.trim();
		if (!candidate) continue;
		const text = line.trim();
		if (!title) {
			title = text;
			continue;
		}
		if (text !== title) sections.push(text);
	}
	return { title, sections };
}
