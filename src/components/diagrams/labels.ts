import type { Locale } from '../../i18n/pick-locale';

/**
 * Every word the diagrams draw, in both languages. The Korean dictionary of each diagram is
 * typed as its English one, so a missing key fails `astro check`; labels.test.ts checks it too.
 * Product and command names (KVM, dockerd, `docker pull`) stay in Latin script on purpose.
 */

const osLayersEn = {
	title: 'The operating system sits between hardware and programs',
	desc: 'Three layers. At the top, programs such as a web browser, a text editor and a game. In the middle, the operating system with its kernel, which schedules the CPU, hands out memory, manages files and drives devices. At the bottom, the hardware: CPU, memory, disk and network. Programs ask the operating system for what they need through system calls; the operating system controls the hardware through drivers, so programs never touch it directly.',
	caption: 'Programs ask, the operating system decides, the hardware does the work.',
	programs: 'Programs',
	browser: 'Browser',
	editor: 'Editor',
	game: 'Game',
	os: 'Operating system (OS)',
	kernel: 'kernel',
	dutyCpu: 'CPU time',
	dutyMemory: 'memory',
	dutyFiles: 'files',
	dutyDevices: 'devices',
	hardware: 'Hardware',
	cpu: 'CPU',
	memory: 'Memory',
	disk: 'Disk',
	network: 'Network',
	syscalls: 'system calls',
	drivers: 'drivers',
};

const osLayersKo: typeof osLayersEn = {
	title: '운영체제는 하드웨어와 프로그램 사이에 있다',
	desc: '세 개의 층으로 된 그림. 맨 위에는 웹 브라우저, 텍스트 편집기, 게임 같은 프로그램이 있다. 가운데에는 커널을 품은 운영체제가 있어 CPU 시간을 나누고 메모리를 배분하며 파일과 장치를 관리한다. 맨 아래는 CPU, 메모리, 디스크, 네트워크로 이루어진 하드웨어다. 프로그램은 시스템 콜로 운영체제에 필요한 것을 요청하고, 운영체제는 드라이버를 통해 하드웨어를 다루므로 프로그램이 하드웨어를 직접 만지지 않는다.',
	caption: '프로그램은 요청하고, 운영체제는 결정하고, 하드웨어는 실제로 일한다.',
	programs: '프로그램',
	browser: '브라우저',
	editor: '편집기',
	game: '게임',
	os: '운영체제(OS)',
	kernel: '커널',
	dutyCpu: 'CPU 시간',
	dutyMemory: '메모리',
	dutyFiles: '파일',
	dutyDevices: '장치',
	hardware: '하드웨어',
	cpu: 'CPU',
	memory: '메모리',
	disk: '디스크',
	network: '네트워크',
	syscalls: '시스템 콜',
	drivers: '드라이버',
};

const hypervisorTypesEn = {
	caption: 'A type 1 hypervisor runs on the hardware itself; a type 2 hypervisor runs as a program on a host OS.',
	type1Title: 'Type 1 hypervisor (bare metal)',
	type1Desc: 'A stack from the bottom up: hardware; a type 1 hypervisor installed directly on it; two virtual machines, each with its own guest OS and an app. The guest OS is the second layer above the hardware. Examples: KVM, Hyper-V, VMware ESXi and Xen.',
	type2Title: 'Type 2 hypervisor (hosted)',
	type2Desc: 'A stack from the bottom up: hardware; a host OS; a type 2 hypervisor running on the host OS like any other program, next to ordinary apps; two virtual machines, each with its own guest OS and an app. The guest OS is the third layer above the hardware. Examples: VMware Workstation, VirtualBox and Parallels Desktop.',
	type1: 'Type 1 · bare metal',
	type2: 'Type 2 · hosted',
	hardware: 'Hardware',
	hostOs: 'Host OS',
	hypervisor: 'Hypervisor',
	guestOs: 'Guest OS',
	vm: 'VM',
	app: 'App',
	hostApp: 'Other apps',
	examples: 'e.g.',
	type1Products: 'KVM · Hyper-V · ESXi · Xen',
	type2ProductsA: 'VMware Workstation',
	type2ProductsB: 'VirtualBox · Parallels',
};

const hypervisorTypesKo: typeof hypervisorTypesEn = {
	caption: '타입 1 하이퍼바이저는 하드웨어 위에서 바로 돌고, 타입 2 하이퍼바이저는 호스트 OS 위의 프로그램으로 돈다.',
	type1Title: '타입 1 하이퍼바이저(베어메탈)',
	type1Desc: '아래에서 위로 쌓인 그림: 하드웨어, 그 위에 바로 설치된 타입 1 하이퍼바이저, 그리고 각자 게스트 OS와 앱을 가진 가상 머신 두 대. 게스트 OS는 하드웨어에서 두 번째 층에서 돈다. 예: KVM, Hyper-V, VMware ESXi, Xen.',
	type2Title: '타입 2 하이퍼바이저(호스트형)',
	type2Desc: '아래에서 위로 쌓인 그림: 하드웨어, 호스트 OS, 호스트 OS 위에서 다른 앱과 나란히 일반 프로그램처럼 도는 타입 2 하이퍼바이저, 그리고 각자 게스트 OS와 앱을 가진 가상 머신 두 대. 게스트 OS는 하드웨어에서 세 번째 층에서 돈다. 예: VMware Workstation, VirtualBox, Parallels Desktop.',
	type1: '타입 1 · 베어메탈',
	type2: '타입 2 · 호스트형',
	hardware: '하드웨어',
	hostOs: '호스트 OS',
	hypervisor: '하이퍼바이저',
	guestOs: '게스트 OS',
	vm: 'VM',
	app: '앱',
	hostApp: '다른 앱',
	examples: '예:',
	type1Products: 'KVM · Hyper-V · ESXi · Xen',
	type2ProductsA: 'VMware Workstation',
	type2ProductsB: 'VirtualBox · Parallels',
};

const vmVsContainerEn = {
	caption: 'Each VM carries a whole guest OS; containers share the host kernel and carry only the app and what it needs.',
	vmTitle: 'Virtual machines',
	vmDesc: 'A stack from the bottom up: hardware; a hypervisor; two virtual machines. Each VM holds a complete guest OS with its own kernel, then libraries, then its app (nginx in one, MySQL in the other).',
	ctTitle: 'Containers',
	ctDesc: 'A stack from the bottom up: hardware; one host OS whose kernel all containers share; a container engine such as Docker; three containers (nginx, MySQL and a Python app), each holding only its app and libraries, with no guest OS.',
	hardware: 'Hardware',
	hypervisor: 'Hypervisor',
	guestOs: 'Guest OS',
	ownKernel: 'own kernel',
	libs: 'Libraries',
	hostOs: 'Host OS',
	sharedKernel: 'kernel shared by all',
	engine: 'Container engine (Docker)',
	vm: 'VM',
	container: 'container',
	pythonApp: 'Python',
};

const vmVsContainerKo: typeof vmVsContainerEn = {
	caption: 'VM마다 게스트 OS가 통째로 들어 있지만, 컨테이너는 호스트 커널을 함께 쓰고 앱과 그 앱에 필요한 것만 담는다.',
	vmTitle: '가상 머신',
	vmDesc: '아래에서 위로 쌓인 그림: 하드웨어, 하이퍼바이저, 가상 머신 두 대. VM마다 자기 커널을 가진 완전한 게스트 OS가 있고, 그 위에 라이브러리와 앱(한쪽은 nginx, 다른 쪽은 MySQL)이 있다.',
	ctTitle: '컨테이너',
	ctDesc: '아래에서 위로 쌓인 그림: 하드웨어, 모든 컨테이너가 커널을 함께 쓰는 호스트 OS 하나, Docker 같은 컨테이너 엔진, 그리고 컨테이너 세 개(nginx, MySQL, 파이썬 앱). 컨테이너에는 게스트 OS 없이 앱과 라이브러리만 들어 있다.',
	hardware: '하드웨어',
	hypervisor: '하이퍼바이저',
	guestOs: '게스트 OS',
	ownKernel: '자체 커널',
	libs: '라이브러리',
	hostOs: '호스트 OS',
	sharedKernel: '모두가 함께 쓰는 커널',
	engine: '컨테이너 엔진(Docker)',
	vm: 'VM',
	container: '컨테이너',
	pythonApp: '파이썬',
};

const dockerArchitectureEn = {
	title: 'Docker architecture',
	desc: 'The docker client sends commands over the Docker REST API to the daemon, dockerd, which runs on the Docker host and manages images and containers. The daemon talks to a registry such as Docker Hub. Four paths: build turns a Dockerfile sent by the client into an image; pull downloads an image from the registry; run starts a container from an image; push uploads an image to the registry.',
	caption: 'The client only asks; the daemon builds, pulls, runs and pushes.',
	client: 'Client',
	cli: 'docker CLI',
	registry: 'Registry',
	hub: 'Docker Hub',
	host: 'Docker host',
	daemon: 'Daemon',
	images: 'Images',
	containers: 'Containers',
	restApi: 'REST API',
	dockerfile: 'Dockerfile',
	fromClient: 'from the client',
	highlighted: 'Highlighted:',
	hlPull: 'docker pull, the daemon downloads an image from the registry.',
	hlBuild: 'docker build, the daemon turns a Dockerfile into an image.',
	hlRun: 'docker run, the daemon starts a container from an image.',
	hlPush: 'docker push, the daemon uploads an image to the registry.',
};

const dockerArchitectureKo: typeof dockerArchitectureEn = {
	title: 'Docker 아키텍처',
	desc: 'docker 클라이언트는 Docker REST API로 데몬 dockerd에 명령을 보낸다. 데몬은 Docker 호스트에서 돌며 이미지와 컨테이너를 관리하고, Docker Hub 같은 레지스트리와 통신한다. 네 가지 경로: build는 클라이언트가 보낸 Dockerfile로 이미지를 만들고, pull은 레지스트리에서 이미지를 내려받고, run은 이미지로 컨테이너를 실행하고, push는 이미지를 레지스트리에 올린다.',
	caption: '클라이언트는 요청만 하고, 빌드·풀·실행·푸시는 데몬이 한다.',
	client: '클라이언트',
	cli: 'docker CLI',
	registry: '레지스트리',
	hub: 'Docker Hub',
	host: 'Docker 호스트',
	daemon: '데몬',
	images: '이미지',
	containers: '컨테이너',
	restApi: 'REST API',
	dockerfile: 'Dockerfile',
	fromClient: '클라이언트가 보냄',
	highlighted: '강조된 경로:',
	hlPull: 'docker pull, 데몬이 레지스트리에서 이미지를 내려받는다.',
	hlBuild: 'docker build, 데몬이 Dockerfile로 이미지를 만든다.',
	hlRun: 'docker run, 데몬이 이미지로 컨테이너를 실행한다.',
	hlPush: 'docker push, 데몬이 이미지를 레지스트리에 올린다.',
};

const imageLayersEn = {
	title: 'Image layers and the build cache',
	desc: 'An image is a stack of read-only layers, one per Dockerfile instruction, with FROM at the bottom. A running container adds one thin writable layer on top. When one instruction changes, Docker rebuilds that layer and every layer above it; the layers below it are reused from the build cache and marked CACHED.',
	caption: 'Change one step and only that step and the steps after it are rebuilt; everything below comes from the cache.',
	containerLayer: 'Container layer · writable',
	imageLayers: 'Image layers · read-only',
	cached: 'CACHED',
	rebuilt: 'rebuilt',
	changed: 'changed',
	changedLine: 'changed:',
	instructions: 'instruction',
	cache: 'cache',
};

const imageLayersKo: typeof imageLayersEn = {
	title: '이미지 레이어와 빌드 캐시',
	desc: '이미지는 읽기 전용 레이어를 쌓은 것으로, Dockerfile 명령 하나가 레이어 하나가 되고 FROM이 맨 아래에 온다. 컨테이너를 실행하면 맨 위에 쓰기 가능한 얇은 레이어가 하나 더 붙는다. 명령 하나가 바뀌면 Docker는 그 레이어와 그 위의 모든 레이어를 다시 빌드하고, 아래 레이어는 빌드 캐시에서 그대로 가져와 CACHED로 표시한다.',
	caption: '한 단계를 바꾸면 그 단계와 이후 단계만 다시 빌드되고, 그 아래는 모두 캐시에서 온다.',
	containerLayer: '컨테이너 레이어 · 쓰기 가능',
	imageLayers: '이미지 레이어 · 읽기 전용',
	cached: 'CACHED',
	rebuilt: '다시 빌드',
	changed: '변경',
	changedLine: '변경:',
	instructions: '명령',
	cache: '캐시',
};

const hostMatrixEn = {
	caption: 'A container uses the kernel of the machine it runs on, so the host decides which containers can run.',
	host: 'Host',
	linuxContainers: 'Linux containers',
	windowsContainers: 'Windows containers',
	linux: 'Linux',
	windows: 'Windows',
	macos: 'macOS',
	yes: 'Yes',
	no: 'No',
	linuxLinux: 'natively, on the host’s own Linux kernel',
	linuxWindows: 'a Linux kernel cannot run them',
	windowsLinux: 'through WSL 2 (a real Linux kernel in a light VM), set up by Docker Desktop',
	windowsWindows: 'natively, once the Containers feature and an engine are installed: Docker Desktop’s Windows containers mode (Pro, Enterprise, Education) or an engine on Windows Server',
	macLinux: 'inside a small Linux VM that Docker Desktop runs for you',
	macWindows: 'there is no Windows kernel to share',
	archTitle: 'CPU architecture counts too',
	archText: 'An image is built for one CPU family, such as x86-64 (amd64) or ARM64 (Apple silicon, AWS Graviton). On the other family it needs slow emulation, or a multi-platform image that carries a build for each family.',
	archHow: 'Build one with',
};

const hostMatrixKo: typeof hostMatrixEn = {
	caption: '컨테이너는 자기가 도는 컴퓨터의 커널을 쓰므로, 어떤 컨테이너를 돌릴 수 있는지는 호스트가 정한다.',
	host: '호스트',
	linuxContainers: '리눅스 컨테이너',
	windowsContainers: 'Windows 컨테이너',
	linux: '리눅스',
	windows: 'Windows',
	macos: 'macOS',
	yes: '가능',
	no: '불가',
	linuxLinux: '호스트의 리눅스 커널에서 바로 실행',
	linuxWindows: '리눅스 커널로는 실행할 수 없음',
	windowsLinux: 'WSL 2(가벼운 VM 안의 진짜 리눅스 커널)를 통해 실행. Docker Desktop이 설정해 줌',
	windowsWindows: '컨테이너 기능과 엔진을 설치하면 바로 실행. Docker Desktop의 Windows 컨테이너 모드(Pro, Enterprise, Education)나 Windows Server의 엔진',
	macLinux: 'Docker Desktop이 대신 띄워 주는 작은 리눅스 VM 안에서 실행',
	macWindows: '함께 쓸 Windows 커널이 없음',
	archTitle: 'CPU 아키텍처도 따져야 한다',
	archText: '이미지는 x86-64(amd64)나 ARM64(애플 실리콘, AWS Graviton) 같은 한 CPU 계열용으로 빌드된다. 다른 계열에서는 느린 에뮬레이션을 거치거나, 계열별 빌드를 함께 담은 멀티 플랫폼 이미지가 필요하다.',
	archHow: '만드는 명령:',
};

const bakeryEn = {
	title: 'Docker as a bakery',
	desc: 'The owner (the client) runs a bakery (the Docker host and its daemon). The owner buys recipes (images) from a recipe shop (the registry): that is pull. Adding a secret method (a Dockerfile) to a recipe makes a new recipe: build. Baking bread (a container) from a recipe: run. Sharing the new recipe back with the shop: push.',
	caption: 'The articles’ bakery: each part of the shop stands for one part of Docker.',
	owner: 'Owner',
	ownerIs: 'client',
	bakery: 'Bakery',
	bakeryIs: 'Docker host · daemon',
	shop: 'Recipe shop',
	shopIs: 'registry',
	recipes: 'Recipes',
	recipesIs: 'images',
	bread: 'Bread',
	breadIs: 'containers',
	secret: 'Secret method',
	secretIs: 'Dockerfile',
	pull: 'buy a recipe',
	build: 'add secret',
	run: 'bake',
	push: 'share it',
	orders: 'orders',
};

const bakeryKo: typeof bakeryEn = {
	title: '빵집으로 보는 Docker',
	desc: '가게 주인(클라이언트)이 빵집(Docker 호스트와 데몬)을 운영한다. 주인은 레시피 상점(레지스트리)에서 레시피(이미지)를 사 온다: pull. 레시피에 나만의 제빵 비법(Dockerfile)을 더해 새 레시피를 만든다: build. 레시피를 보고 빵(컨테이너)을 굽는다: run. 새 레시피를 상점에 공유한다: push.',
	caption: '원문의 빵집 비유: 가게의 각 부분이 Docker의 한 부분을 맡는다.',
	owner: '가게 주인',
	ownerIs: '클라이언트',
	bakery: '빵집',
	bakeryIs: 'Docker 호스트 · 데몬',
	shop: '레시피 상점',
	shopIs: '레지스트리',
	recipes: '레시피',
	recipesIs: '이미지',
	bread: '빵',
	breadIs: '컨테이너',
	secret: '나만의 비법',
	secretIs: 'Dockerfile',
	pull: '레시피 사 오기',
	build: '비법 더하기',
	run: '빵 굽기',
	push: '공유하기',
	orders: '주문',
};

const bridgeNetworkEn = {
	title: 'Two containers on a user-defined bridge network',
	desc: 'A client on the host runs curl localhost:8080. Inside the Docker host, host port 8080 is published with -p 8080:80 and forwards to port 80 of the web container. The web container (172.18.0.2) and the redis container (172.18.0.3, port 6379, not published) both sit on the user-defined bridge network app, subnet 172.18.0.0/16. web connects to redis by its name: Docker’s embedded DNS server at 127.0.0.11 answers redis with 172.18.0.3.',
	caption: 'Only web’s port 80 is published, as host port 8080; redis is reachable from the network only, where web finds it by name.',
	client: 'Client on the host',
	hostPort: 'host port',
	host: 'Docker host',
	network: 'User-defined bridge network',
	port: 'port',
	dns: 'Embedded DNS',
};

const bridgeNetworkKo: typeof bridgeNetworkEn = {
	title: '사용자 정의 브리지 네트워크에 있는 두 컨테이너',
	desc: '호스트의 클라이언트가 curl localhost:8080을 실행한다. Docker 호스트에서는 -p 8080:80으로 공개한 호스트의 8080번 포트가 web 컨테이너의 80번 포트로 연결을 넘긴다. web 컨테이너(172.18.0.2)와 redis 컨테이너(172.18.0.3, 6379번 포트, 공개하지 않음)는 둘 다 서브넷이 172.18.0.0/16인 사용자 정의 브리지 네트워크 app에 있다. web은 redis에 이름으로 접속하며, 127.0.0.11에 있는 Docker 내장 DNS 서버가 redis를 172.18.0.3으로 알려 준다.',
	caption: '공개한 것은 web의 80번 포트(호스트의 8080번)뿐이다. redis는 네트워크 안에서만 닿을 수 있고, web은 이름으로 redis를 찾는다.',
	client: '호스트의 클라이언트',
	hostPort: '호스트 포트',
	host: 'Docker 호스트',
	network: '사용자 정의 브리지 네트워크',
	port: '포트',
	dns: '내장 DNS',
};

export const labels = {
	osLayers: { en: osLayersEn, ko: osLayersKo },
	hypervisorTypes: { en: hypervisorTypesEn, ko: hypervisorTypesKo },
	vmVsContainer: { en: vmVsContainerEn, ko: vmVsContainerKo },
	dockerArchitecture: { en: dockerArchitectureEn, ko: dockerArchitectureKo },
	imageLayers: { en: imageLayersEn, ko: imageLayersKo },
	hostMatrix: { en: hostMatrixEn, ko: hostMatrixKo },
	bakery: { en: bakeryEn, ko: bakeryKo },
	bridgeNetwork: { en: bridgeNetworkEn, ko: bridgeNetworkKo },
} satisfies Record<string, Record<Locale, Record<string, string>>>;

/**
 * Ids for a diagram's <title> and <desc>, unique on a page even when the same diagram appears
 * twice. The counter lives in Astro.locals, which belongs to one page render, so the ids are
 * the same on every build instead of depending on the order pages happen to render in.
 */
export function diagramId(locals: unknown, base: string, explicit?: string): string {
	if (explicit) return explicit;
	const bag = (locals ?? {}) as Record<string, unknown>;
	const counts = (bag.__docksideDiagrams ??= {}) as Record<string, number>;
	const n = (counts[base] = (counts[base] ?? 0) + 1);
	return n === 1 ? `dgm-${base}` : `dgm-${base}-${n}`;
}
