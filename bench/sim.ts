// Simulator throughput: commands per second over a long mixed session (pulls, runs, builds
// with cache hits and misses, pushes, container shells, errors), on a TTY and off it.
// Standalone: `npx node bench/sim.ts` prints JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { createWorld } from '../src/sim/index.ts';
import { loadSession } from '../src/sim/session/load.ts';
import { parseSession, scoreCorpus } from '../src/sim/corpus/corpus.ts';

const SESSIONS_DIR = new URL('../src/content/sessions/', import.meta.url);

/** Time to compute every session of the site at both widths, as the build does. Concept ids are
 * checked by the build, not here, so every id is accepted. */
function timeAllSessions(): { sessions: number; ms: number } {
	const files = readdirSync(SESSIONS_DIR).filter((f) => f.endsWith('.yaml'));
	const anyConcept = { has: () => true } as unknown as ReadonlySet<string>;
	const start = performance.now();
	for (const file of files) {
		const text = readFileSync(new URL(file, SESSIONS_DIR), 'utf8');
		for (const cols of [80, 40]) loadSession(text, `src/content/sessions/${file}`, { knownConcepts: anyConcept, cols });
	}
	return { sessions: files.length, ms: performance.now() - start };
}

const CORPUS_DIR = new URL('../src/sim/corpus/', import.meta.url);

/** The learner corpus (src/sim/corpus): share of typed lines whose output matches real docker. */
function corpusFigures(): { corpusSessions: number; corpusLines: number; corpusMatched: number; corpusShare: number; corpusOutputLineShare: number; corpusMs: number; corpusLinesPerSecond: number } {
	const files = readdirSync(CORPUS_DIR).filter((f) => /^\d\d-.*\.txt$/.test(f)).sort();
	const sessions = files.map((f) => parseSession(readFileSync(new URL(f, CORPUS_DIR), 'utf8'), `src/sim/corpus/${f}`));
	const start = performance.now();
	const score = scoreCorpus(sessions);
	const ms = performance.now() - start;
	return {
		corpusSessions: score.sessions,
		corpusLines: score.steps,
		corpusMatched: score.stepsMatched,
		corpusShare: Math.round(score.share * 1000) / 10,
		corpusOutputLineShare: Math.round((score.outputLinesMatched / Math.max(1, score.outputLines)) * 1000) / 10,
		corpusMs: Math.round(ms),
		corpusLinesPerSecond: Math.round((score.steps / ms) * 1000),
	};
}

const FILES = {
	Dockerfile: 'FROM node:24-alpine\nWORKDIR /app\nCOPY package.json .\nRUN npm install\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
	'package.json': '{"name":"app","dependencies":{"express":"^5.1.0"}}\n',
	'server.js': "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('Hello from Dockside!'));\napp.listen(3000, () => console.log('Listening on port 3000'));\n",
};

export const SESSION: string[] = [
	'docker version', 'docker info', 'docker pull nginx', 'docker pull nginx', 'docker images', 'docker run hello-world',
	'docker run -d -p 8080:80 --name web nginx', 'docker ps', 'curl http://localhost:8080', 'docker logs web', 'docker exec web ls /usr/share/nginx/html',
	'docker build -t alice/app .', "echo '// v2' >> server.js", 'docker build -t alice/app .', 'docker history alice/app', 'docker image inspect alice/app',
	'docker push alice/app', 'docker login -u alice -p secret', 'docker push alice/app', 'docker run -it ubuntu bash', 'ls /', 'cat /etc/os-release', 'uname -r',
	'echo hello > /tmp/x && cat /tmp/x', 'exit', 'docker volume create data', 'docker run --rm -v data:/data alpine sh -c "echo kept > /data/f"',
	'docker run --rm -v data:/data alpine cat /data/f', 'docker network create appnet', 'docker run -d --name db --network appnet redis',
	'docker run --rm --network appnet alpine ping -c 2 db', 'docker ps -a', 'docker stop web db', 'docker rm web db', 'docker system df',
	'docker rmi nginx', 'docker foo', 'docker run --nope x', 'docker run', 'nosuchcommand', 'docker pull mysql:5.7', 'docker container prune -f',
];

function runSession(tty: boolean): number {
	const world = createWorld({ seed: 7 });
	const laptop = world.host({ platform: 'linux', files: FILES });
	let n = 0;
	for (const line of SESSION) {
		laptop.exec(line, { tty, cols: 120 });
		n++;
	}
	return n;
}

export async function benchSim(): Promise<{ commandsPerSecond: number; ttyCommandsPerSecond: number; sessionCommands: number; sessionMs: number; runs: number; siteSessions: number; allSessionsMs: number } & ReturnType<typeof corpusFigures>> {
	runSession(false);
	const measure = (tty: boolean) => {
		let commands = 0;
		let runs = 0;
		const start = performance.now();
		while (performance.now() - start < 1500 || runs < 3) {
			commands += runSession(tty);
			runs++;
		}
		const ms = performance.now() - start;
		return { perSecond: (commands / ms) * 1000, ms: ms / runs, runs };
	};
	const plain = measure(false);
	const tty = measure(true);
	const all = timeAllSessions();
	return {
		commandsPerSecond: Math.round(plain.perSecond),
		ttyCommandsPerSecond: Math.round(tty.perSecond),
		sessionCommands: SESSION.length,
		sessionMs: Math.round(plain.ms * 10) / 10,
		runs: plain.runs + tty.runs,
		siteSessions: all.sessions,
		allSessionsMs: Math.round(all.ms),
		...corpusFigures(),
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	benchSim().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
