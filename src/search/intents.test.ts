import { describe, expect, it } from 'vitest';
import { readGlossary } from '../glossary/read';
import { analyse, indexConcepts, slimConcept, titleHas, type Lang } from './concepts';
import { actionOf, choseong, initialsOf, segment, stemEn } from './intents';
import { PARTICLES } from './korean';
import { nodeTimelines } from '../loaders/sessions';
import { sitePages } from './site-pages';

const glossary = readGlossary();
const build = (lang: Lang) =>
	indexConcepts(
		glossary.map((e) => slimConcept(e, lang, { href: `/${lang}/${e.pages[0]}/`, title: e.term[lang] })),
		sitePages(lang),
	);
const idx = { en: build('en'), ko: build('ko') };
const run = (q: string, lang: Lang) => analyse(q, idx[lang], lang);

describe('actionOf: verbs with their endings', () => {
	it.each([
		['지우려면', 'remove'],
		['지워', 'remove'],
		['삭제하기', 'remove'],
		['만드는', 'create'],
		['만들려면', 'create'],
		['받기', 'pull'],
		['받으려면', 'pull'],
		['올리는', 'push'],
		['여는', 'publish'],
		['빌드하려면', 'build'],
		['removing', 'remove'],
		['deleted', 'remove'],
		['open', 'publish'],
		['keep', 'keep'],
	])('%s → %s', (word, id) => {
		expect(actionOf(word)?.id).toBe(id);
	});

	it.each(['받', '보', '컨테이너', '이미지', '받침', 'container', 'image'])('%s is no verb', (word) => {
		expect(actionOf(word)).toBeUndefined();
	});
});

describe('choseong', () => {
	it('takes the initials of syllables and drops the rest', () => {
		expect(choseong('도커 허브')).toBe('ㄷㅋㅎㅂ');
		expect(choseong('게스트 OS')).toBe('ㄱㅅㅌ');
	});
	it('reads initials typed as compatibility or (after NFKC) conjoining jamo', () => {
		expect(initialsOf('ㄷㅋ')).toBe('ㄷㅋ');
		expect(initialsOf('ㄷㅋ'.normalize('NFKC'))).toBe('ㄷㅋ');
		expect(initialsOf('ㄷ')).toBeUndefined();
		expect(initialsOf('도커')).toBeUndefined();
	});
	it.each<[string, Lang, string]>([
		['ㄷㅋ', 'ko', 'docker-engine'],
		['ㅂㄹ', 'ko', 'volume'],
		['ㅋㅌㅇㄴ', 'ko', 'container'],
		['ㄱㅅㅁㅅ', 'ko', 'virtual-machine'],
		['ㅂㄹ', 'en', 'volume'],
	])('%s (%s) → %s card', (q, lang, id) => {
		expect(run(q, lang).concepts[0]?.id).toBe(id);
	});
	it('matches page titles by their initials', () => {
		expect(run('ㅃㅈ ㅂㅇ', 'ko')).toMatchObject({ term: '빵집 비유', answers: [{ href: '/ko/docker/bakery/' }] });
		expect(run('ㅇㅇㅈ', 'ko').answers[0]?.href).toBe('/ko/reference/glossary/');
	});
});

describe('segment: Korean typed without spaces', () => {
	const dict = idx.ko.dict;
	it.each([
		['도커허브에서이미지받기', ['도커허브', '이미지', '받기']],
		['네임스페이스와컨트롤그룹', ['네임스페이스', '컨트롤그룹']],
		['운영체제역할', ['운영체제', '역할']],
		['가상화종류', ['가상화', '종류']],
	])('%s → %j', (word, parts) => {
		expect(segment(word, dict, PARTICLES)).toEqual(parts);
	});
	it('leaves known words and non-compounds alone', () => {
		expect(segment('컨테이너', dict, PARTICLES)).toBeUndefined();
		expect(segment('하이퍼바이저', dict, PARTICLES)).toBeUndefined();
		expect(segment('abc', dict, PARTICLES)).toBeUndefined();
	});
	it('gives Pagefind the split words, concepts by their terms', () => {
		expect(run('도커이미지빌드', 'ko').term).toBe('이미지 build');
		expect(run('가상머신종류', 'ko').term).toBe('가상 머신 종류');
		expect(run('도커이미지빌드', 'en').term).toBe('Image build');
	});
});

const timelines = nodeTimelines();
/** The widget's link to the first step of `session` that runs `cmd`: the step shown whole after k steps. */
function stepLink(page: string, session: string, cmd: string): string {
	const step = timelines.getTimeline(session)!.steps.find((s) => s.command === cmd);
	if (!step) throw new Error(`${session} has no step running ${cmd}`);
	return `${page}#${session}-${step.index + 1}`;
}

describe('intents: the step that performs the task', () => {
	it.each<[string, Lang, string, string, string]>([
		['컨테이너를 지우려면', 'ko', '/ko/walkthroughs/run/', 'run', 'docker rm sweet_euclid'],
		['볼륨을 만드는 법', 'ko', '/ko/walkthroughs/volumes/', 'volumes', 'docker volume create notes'],
		['이미지를 받으려면', 'ko', '/ko/walkthroughs/pull/', 'pull', 'docker pull nginx'],
		['이미지에 태그 붙이기', 'ko', '/ko/walkthroughs/push/', 'push', 'docker tag myapp yourname/myapp:1.0'],
		['open a port', 'en', '/en/walkthroughs/run/', 'run', 'docker run -d -p 8080:80 nginx'],
		['how do I keep my data', 'en', '/en/walkthroughs/volumes/', 'volumes', 'docker volume create notes'],
		['upload my image', 'en', '/en/walkthroughs/push/', 'push', 'docker push yourname/myapp:1.0'],
		['remvoe container', 'en', '/en/walkthroughs/run/', 'run', 'docker rm sweet_euclid'],
		['docker volume create', 'ko', '/ko/walkthroughs/volumes/', 'volumes', 'docker volume create notes'],
	])('%s (%s) → the %4$s walkthrough at its step "%5$s"', (q, lang, page, session, cmd) => {
		const answer = run(q, lang).answers[0];
		expect(answer).toEqual({ href: stepLink(page, session, cmd), title: expect.any(String), cmd, caption: expect.any(String) });
		// The caption shown is that step's, in the reader's language.
		const step = timelines.getTimeline(session)!.steps.find((s) => s.command === cmd)!;
		expect(answer!.caption).toBe(step.caption[lang]);
	});

	it('does not offer steps of another task (볼륨을 만드는 법 is not docker build)', () => {
		expect(run('볼륨을 만드는 법', 'ko').answers.map((a) => a.cmd)).toEqual(['docker volume create notes']);
	});

	it('needs a concept for a task that has none of its own (make, list)', () => {
		expect(run('make my data survive', 'en').answers.map((a) => a.href)).toEqual(['/en/docker/data-and-volumes/']);
		expect(run('make a volume', 'en').answers[0]?.cmd).toBe('docker volume create notes');
	});

	it('reads a verb by its object: 공유 with 커널 is a topic, with 이미지 a push', () => {
		expect(run('how do containers share the kernel', 'en').answers[0]?.href).toBe('/en/containers/sharing-the-kernel/');
		expect(run('이미지 공유', 'ko').answers[0]?.cmd).toMatch(/^docker push/);
	});

	it('brings the concept a task concerns when none is named, and gives Pagefind its term', () => {
		expect(run('how do I keep my data', 'en')).toMatchObject({ term: 'data Volume', concepts: [{ id: 'volume' }] });
		expect(run('open a port', 'ko')).toMatchObject({ term: 'port 포트 공개', concepts: [{ id: 'port-publishing' }] });
		expect(run('컨테이너를 지우려면', 'ko').term).toBe('컨테이너 rm');
	});

	it('finds pages by their titles for questions', () => {
		expect(run('컨테이너와 VM 차이', 'ko').answers[0]?.href).toBe('/ko/vm-vs-container/comparison/');
		expect(run('difference between vm and container', 'en').answers[0]?.href).toBe('/en/vm-vs-container/comparison/');
		expect(run('how to update an app', 'en').answers[0]?.href).toBe('/en/docker/updating-apps/');
	});

	it('keeps RUN (a Dockerfile instruction) for capitals, and run for the verb', () => {
		expect(run('run a web server', 'en').concepts[0]?.id).toBe('container');
		expect(run('RUN', 'en').concepts[0]?.id).toBe('dockerfile');
	});
});

describe('helpers', () => {
	it('stemEn and titleHas match loosely by words', () => {
		expect(stemEn('updating')).toBe('updat');
		expect(titleHas('Updating applications', 'update')).toBe(true);
		expect(titleHas('VM vs container: side by side', 'VM')).toBe(true);
		expect(titleHas('이미지 받기', '받')).toBe(true);
		expect(titleHas('Hypervisors', 'server')).toBe(false);
	});
});
