// Golden transcripts of the two long flows the docs teach. The files beside this test are
// what a reader sees (prompt, command, final screen); any change to them is reviewed.
import { expect, test } from 'vitest';
import { createWorld } from './index.ts';
import { transcript } from './testing.ts';

const SITE = {
	Dockerfile: 'FROM nginx:1.29\nCOPY index.html /usr/share/nginx/html/\nRUN echo "built at $(date)" > /usr/share/nginx/html/built.txt\nEXPOSE 80\n',
	'index.html': '<h1>Hello from Dockside</h1>\n',
};

test('pull → run → ps → stop → rm → rmi', async () => {
	const host = createWorld().host({ platform: 'linux' });
	const text = transcript(host, ['docker pull nginx', 'docker images', 'docker run -d -p 8080:80 --name web nginx', 'docker ps', 'curl -s http://localhost:8080 | head -n 4', 'docker stop web', 'docker ps -a', 'docker rm web', 'docker rmi nginx', 'docker images'], true, 100);
	await expect(text).toMatchFileSnapshot('./golden/pull-run-rm.txt');
});

test('build → rebuild with cache → tag → login → push → pull on a second host', async () => {
	const world = createWorld();
	const laptop = world.host({ platform: 'macos', files: SITE, name: 'laptop' });
	const server = world.host({ platform: 'linux', name: 'server' });
	let text = transcript(laptop, ['docker build -t site .', 'docker build -t site .'], true, 100);
	laptop.writeFile('index.html', '<h1>Hello again</h1>\n');
	text += transcript(laptop, ['docker build -t site .', 'docker tag site alice/site:1.0', 'docker push alice/site:1.0', 'docker login -u alice -p s3cret', 'docker push alice/site:1.0'], true, 100);
	text += transcript(server, ['docker pull alice/site:1.0', 'docker run -d -p 80:80 alice/site:1.0', 'docker run --rm --platform linux/arm64 alice/site:1.0 cat /usr/share/nginx/html/index.html'], true, 100);
	await expect(text).toMatchFileSnapshot('./golden/build-push-pull.txt');
});
