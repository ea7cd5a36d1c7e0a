/**
 * How readers phrase tasks, for the concept layer (pure, shipped to the browser: keep it small).
 *
 * - `ACTIONS`: a bilingual verb table. A Korean verb is listed by the stems it shows before an
 *   ending (만들/만드/만든 for 만들다, whose ㄹ drops before 는), so `만드는`, `지우려면` and
 *   `삭제하기` are read as the task without a morphological analyser; an English verb by its base
 *   form. `cmd` picks the walkthrough steps that perform the task, `objects` the glossary concepts
 *   it applies to (공유 with 이미지 is pushing, with 커널 it is not), `concept` the one it concerns
 *   when the query names none (`keep my data` → volume), `word` what Pagefind gets for it.
 * - `choseong()`: a word's initial consonants (도커 → ㄷㅋ), for queries typed that way.
 * - `segment()`: splits a run-together Korean query word into the site's own words.
 */
import { compact } from '../glossary/filter';

export interface Action {
	id: string;
	ko: string[];
	en: string[];
	cmd?: RegExp;
	objects?: string[];
	concept?: string;
	word?: string;
	/** Pagefind gets the word as typed: pages use it as a noun (차이, 비교, difference). */
	typed?: boolean;
}

const IMAGE = ['image', 'registry', 'docker-hub', 'tag', 'layer', 'digest'];
const s = (list: string) => list.split(' ');

export const ACTIONS: Action[] = [
	{ id: 'remove', ko: s('지우 지워 지운 지울 삭제 제거 없애 없앨 정리'), en: s('remove delete rm erase clean destroy prune'), cmd: /^docker (rm|rmi|(container|image|volume|network) rm)\b/, objects: s('container image volume network'), concept: 'container', word: 'rm' },
	{ id: 'create', ko: s('만들 만드 만든 만들어 생성 추가'), en: s('create make add'), cmd: /^docker ((volume|network) create|create|build)\b/, objects: s('volume network container image dockerfile') },
	{ id: 'build', ko: s('빌드'), en: s('build rebuild compile'), cmd: /^docker build\b/, objects: s('image dockerfile build-cache layer multi-stage-build docker-engine'), concept: 'image', word: 'build' },
	{ id: 'run', ko: s('실행 띄우 띄워 띄운 돌리 돌려 시작 구동 켜'), en: s('run start launch'), cmd: /^docker run\b/, objects: s('container image port-publishing network volume platform kernel'), concept: 'container', word: 'run' },
	{ id: 'stop', ko: s('멈추 멈춰 멈춘 중지 정지 종료 끄 꺼'), en: s('stop halt kill'), cmd: /^docker (stop|kill)\b/, objects: s('container'), concept: 'container', word: 'stop' },
	{ id: 'pull', ko: s('내려받 받 다운로드 다운 가져오 가져와'), en: s('pull download fetch get'), cmd: /^docker pull\b/, objects: IMAGE, concept: 'image', word: 'pull' },
	{ id: 'push', ko: s('올리 올려 올린 업로드 푸시 배포 공유'), en: s('push upload share deploy'), cmd: /^docker push\b/, objects: IMAGE, concept: 'image', word: 'push' },
	{ id: 'publish', ko: s('연결 공개 게시 열 여는 열어 노출 포워딩 매핑'), en: s('open expose forward publish map'), cmd: /\s-p\s/, objects: s('port-publishing network container'), concept: 'port-publishing' },
	{ id: 'list', ko: s('목록 보 조회 확인 나열'), en: s('list show see ls view'), cmd: /^docker (ps|images|(volume|image|container|network) ls)\b/, objects: s('container image volume network') },
	{ id: 'tag', ko: s('붙이 붙여 붙인'), en: s('tag rename'), cmd: /^docker tag\b/, objects: s('tag image'), concept: 'tag', word: 'tag' },
	{ id: 'login', ko: s('로그인'), en: s('login log sign authenticate'), cmd: /^docker login\b/, objects: s('registry docker-hub'), concept: 'registry', word: 'login' },
	{ id: 'keep', ko: s('유지 보존 보관 저장 남기 남겨 지키 살리'), en: s('keep persist save store preserve retain'), cmd: /\s-v\s|^docker volume create\b/, objects: s('volume bind-mount container layer'), concept: 'volume' },
	{ id: 'exec', ko: s('들어가 들어갈 접속 셸'), en: s('exec enter shell attach ssh'), cmd: /^docker (exec|attach)\b/, objects: s('container'), concept: 'container' },
	{ id: 'compare', ko: s('차이 차이점 비교 다른점'), en: s('difference differences compare comparison vs versus'), typed: true },
];

/** What may follow a Korean verb stem: endings, 하다 forms, and 법/방법 typed without a space. */
const ENDINGS = new Set(
	s(
		'다 기 는 은 을 를 음 면 고 게 지 자 서 어 아 요 려면 으려면 려고 으려고 는법 는방법 기위해 는데 나요 을까 세요 으세요 어요 아요 ' +
			'하다 하기 하는 하려면 하려고 할 한 해 해서 해요 하고 하면 하는법 하는방법 하기위해 합니다 하나요 할까 되는 된 시키기 기는',
	),
);

/** Words that carry no topic: dropped before matching and from what Pagefind searches. */
export const FILLERS = new Set(
	s(
		'법 방법 어떻게 뭐 뭐예요 뭔가요 뭐야 무엇 무엇인가요 무엇인가 알려줘 알려주세요 싶어요 수 있나요 좀 없이 왜 언제 ' +
			'how do does did i to a an the my me can could what whats is are was of in on at from with without and or when why which should it its up into for you your we between this that use using way',
	),
);

const HANGUL = /[\uac00-\ud7a3]/;

/** English stem for loose matching: removes one -ing/-ed/-es/-s/-e (remove/removing/removed → remov). */
export function stemEn(word: string): string {
	const w = word.toLowerCase();
	const cut = /(ing|ed|es|s|e)$/.exec(w);
	return cut && w.length - cut[0].length >= 3 ? w.slice(0, -cut[0].length) : w;
}

/** The action a query word names (`지우려면`, `만드는`, `삭제하기`, `removing`), if any. */
export function actionOf(word: string): Action | undefined {
	const w = word.normalize('NFC').toLowerCase();
	if (HANGUL.test(w)) {
		for (const a of ACTIONS)
			for (const stem of a.ko) {
				if (!w.startsWith(stem)) continue;
				const rest = w.slice(stem.length);
				// A one-syllable stem (받, 열, 보) needs an ending after it: 받기, 열려면, 보는.
				if (rest ? ENDINGS.has(rest) : stem.length >= 2) return a;
			}
		return undefined;
	}
	const st = stemEn(w);
	return ACTIONS.find((a) => a.en.some((v) => v === w || stemEn(v) === st));
}

const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** Initial consonants of the Hangul syllables in `text` (도커 허브 → ㄷㅋㅎㅂ); other characters are dropped. */
export function choseong(text: string): string {
	let out = '';
	for (const ch of text.normalize('NFC')) {
		const c = ch.charCodeAt(0) - 0xac00;
		if (c >= 0 && c < 11172) out += CHOSEONG[Math.floor(c / 588)];
	}
	return out;
}

/**
 * A word made only of initial consonants (ㄷㅋ), in compatibility jamo, or undefined. NFKC (which
 * the query goes through) turns ㄷ into the conjoining ᄃ, so both are accepted.
 */
export function initialsOf(word: string): string | undefined {
	const out = [...word].map((ch) => {
		const c = ch.charCodeAt(0);
		return c >= 0x1100 && c <= 0x1112 ? CHOSEONG[c - 0x1100] : ch;
	});
	return out.length >= 2 && out.every((ch) => CHOSEONG.includes(ch)) ? out.join('') : undefined;
}

/**
 * Splits a Korean word typed without spaces into words of `dict` (the site's terms and title
 * words, compacted), dropping particles between them (`glue`: 를, 에서, 와 …) and keeping a verb at
 * the end (`받기`). Returns undefined when the word is not such a compound. Cheapest split wins:
 * a known word or verb costs 1, a particle 0.7, an unknown syllable 2 (unknown runs are kept as
 * one word: 운영체제역할 → 운영체제 역할).
 */
export function segment(word: string, dict: ReadonlySet<string>, glue: ReadonlySet<string>): string[] | undefined {
	const w = word.normalize('NFC');
	const n = w.length;
	if (n < 3 || !HANGUL.test(w) || dict.has(w)) return undefined;
	type Cell = { cost: number; parts: { text: string; known: boolean }[] };
	const best: (Cell | undefined)[] = [{ cost: 0, parts: [] }];
	for (let i = 0; i < n; i++) {
		const from = best[i];
		if (!from) continue;
		for (let j = i + 1; j <= n; j++) {
			const piece = w.slice(i, j);
			let cost: number | undefined;
			let part: { text: string; known: boolean } | undefined;
			if (dict.has(piece) || (j === n && actionOf(piece))) [cost, part] = [1, { text: piece, known: true }];
			else if (i > 0 && glue.has(piece)) cost = 0.7;
			else if (j === i + 1) [cost, part] = [2, { text: piece, known: false }];
			if (cost === undefined) continue;
			const total = from.cost + cost;
			if (best[j] && best[j]!.cost <= total) continue;
			const parts = [...from.parts];
			const last = parts.at(-1);
			if (part && !part.known && last && !last.known && j - 1 === i) parts[parts.length - 1] = { text: last.text + part.text, known: false };
			else if (part) parts.push(part);
			best[j] = { cost: total, parts };
		}
	}
	const parts = best[n]?.parts ?? [];
	if (parts.length < 2 || !parts.some((p) => p.known && p.text.length >= 2)) return undefined;
	return parts.map((p) => p.text);
}

/** Korean words of a text (title or name), for the segmentation dictionary: the whole text compacted, then each word. */
export function koreanWords(text: string): string[] {
	const all = compact(text);
	const parts = text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => HANGUL.test(w));
	return [all, ...parts].filter((w) => HANGUL.test(w));
}
