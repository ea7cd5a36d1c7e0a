import type { Locale } from '../i18n/pick-locale';

/** Every UI string of the terminal widget and the playground, in both languages. The type makes a
 * key missing in one language a compile error. */
export interface TerminalStrings {
	play: string;
	pause: string;
	previous: string;
	next: string;
	restart: string;
	speed: string;
	tryIt: string;
	reset: string;
	backToReplay: string;
	progress: string;
	step: string;
	transcript: string;
	copy: string;
	copied: string;
	download: string;
	state: string;
	images: string;
	containers: string;
	volumes: string;
	networks: string;
	none: string;
	screen: string;
	liveHint: string;
	loading: string;
	failed: string;
	edited: string;
	host: string;
	preset: string;
	presetEmpty: string;
	presetPull: string;
	presetBuild: string;
	copyLink: string;
	copyStepLink: string;
	linkCopied: string;
	needsJs: string;
	playgroundTitle: string;
	playgroundHint: string;
}

export const STRINGS: Record<Locale, TerminalStrings> = {
	en: {
		play: 'Play',
		pause: 'Pause',
		previous: 'Previous step',
		next: 'Next step',
		restart: 'Restart',
		speed: 'Speed',
		tryIt: 'Try it yourself',
		reset: 'Reset',
		backToReplay: 'Back to the replay',
		progress: 'Progress',
		step: 'Step',
		transcript: 'Transcript',
		copy: 'Copy command',
		copied: 'Copied',
		download: 'Download as .cast (asciinema)',
		state: 'Machine state',
		images: 'Images',
		containers: 'Containers',
		volumes: 'Volumes',
		networks: 'Networks',
		none: 'none',
		screen: 'Terminal',
		liveHint: 'Your turn: type a command and press Enter. Tab completes, ↑ ↓ recall history.',
		loading: 'Loading the terminal…',
		failed: 'The terminal could not load. The transcript below shows every step.',
		edited: 'edited',
		host: 'Machine',
		preset: 'Start from',
		presetEmpty: 'an empty machine',
		presetPull: 'after a pull (nginx)',
		presetBuild: 'after a build (myapp)',
		copyLink: 'Copy link to this session',
		copyStepLink: 'Copy link to this step',
		linkCopied: 'Link copied',
		needsJs: 'The playground runs the simulator in your browser, so it needs JavaScript. The walkthroughs show every session as text.',
		playgroundTitle: 'Playground',
		playgroundHint: 'Type any docker command and press Enter. Tab completes, ↑ ↓ recall history. The address bar keeps what you typed: share it to share this machine.',
	},
	ko: {
		play: '재생',
		pause: '일시 정지',
		previous: '이전 단계',
		next: '다음 단계',
		restart: '처음부터',
		speed: '속도',
		tryIt: '직접 해 보기',
		reset: '초기화',
		backToReplay: '재생으로 돌아가기',
		progress: '진행 상황',
		step: '단계',
		transcript: '전체 기록',
		copy: '명령어 복사',
		copied: '복사됨',
		download: '.cast 파일로 내려받기 (asciinema)',
		state: '머신 상태',
		images: '이미지',
		containers: '컨테이너',
		volumes: '볼륨',
		networks: '네트워크',
		none: '없음',
		screen: '터미널',
		liveHint: '이제 직접 입력해 보세요. 명령어를 입력하고 Enter를 누르면 됩니다. Tab은 자동 완성, ↑ ↓는 이전 명령어입니다.',
		loading: '터미널을 불러오는 중…',
		failed: '터미널을 불러오지 못했습니다. 아래 기록에서 모든 단계를 볼 수 있습니다.',
		edited: '수정함',
		host: '머신',
		preset: '시작 상태',
		presetEmpty: '빈 머신',
		presetPull: 'pull 한 뒤 (nginx)',
		presetBuild: 'build 한 뒤 (myapp)',
		copyLink: '이 세션 링크 복사',
		copyStepLink: '이 단계 링크 복사',
		linkCopied: '링크를 복사했습니다',
		needsJs: '플레이그라운드는 브라우저 안에서 시뮬레이터를 실행하므로 JavaScript가 필요합니다. 따라 하기 문서에서는 모든 세션을 글로도 볼 수 있습니다.',
		playgroundTitle: '플레이그라운드',
		playgroundHint: 'docker 명령어를 입력하고 Enter를 누르세요. Tab은 자동 완성, ↑ ↓는 이전 명령어입니다. 입력한 내용은 주소창에 남으므로, 주소를 공유하면 이 머신을 그대로 공유할 수 있습니다.',
	},
};
