// Whole-output tests for docker compose (the v2.40.3 plugin): progress with and without a TTY,
// the project's names, service DNS, and compose-go's errors. Each case starts from a fresh world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

const APP: Record<string, string> = {"myapp/compose.yaml": "services:\n  web:\n    image: nginx\n    ports:\n      - \"8000:80\"\n    depends_on:\n      - redis\n  redis:\n    image: redis:7\n    volumes:\n      - data:/data\nvolumes:\n  data:\n"};
const DNS: Record<string, string> = {"compose.yaml": "services:\n  app:\n    image: alpine\n    command: sleep 1000\n  web:\n    image: nginx\n"};
const BAD: Record<string, string> = {"compose.yaml": "services:\n  web:\n    image: nginx\n   ports: x\n"};
const TAB: Record<string, string> = {"tab.yaml": "services:\n\tweb:\n"};
const TYPO: Record<string, string> = {"compose.yaml": "services:\n  web:\n    imgae: nginx\n"};
const UNDECLARED: Record<string, string> = {"compose.yaml": "services:\n  db:\n    image: redis:7\n    volumes:\n      - data:/data\n"};
const HEALTH: Record<string, string> = {"compose.yaml": "services:\n  web:\n    image: nginx\n    depends_on:\n      redis:\n        condition: service_healthy\n  redis:\n    image: redis:7\n    healthcheck:\n      test: [\"CMD\", \"redis-cli\", \"ping\"]\n      interval: 5s\n"};
const WARN: Record<string, string> = {"compose.yaml": "version: \"3.8\"\nservices:\n  web:\n    image: nginx:${TAG:-latest}\n    environment:\n      GREETING: ${GREETING}\n"};
const BUILD: Record<string, string> = {"compose.yaml": "services:\n  web:\n    build: .\n    ports:\n      - \"8000:5000\"\n", "Dockerfile": "FROM python:3.13-alpine\nWORKDIR /code\nCOPY app.py .\nCMD [\"python\", \"app.py\"]\n", "app.py": "print('hi')\n"};
const COUNTER: Record<string, string> = {"myapp/compose.yaml": "services:\n  web:\n    build: .\n    ports:\n      - \"8000:5000\"\n    depends_on:\n      - redis\n  redis:\n    image: redis:7-alpine\n    volumes:\n      - redis-data:/data\nvolumes:\n  redis-data:\n", "myapp/Dockerfile": "FROM python:3.13-alpine\nWORKDIR /code\nRUN pip install flask redis\nCOPY app.py .\nEXPOSE 5000\nCMD [\"python\", \"app.py\"]\n", "myapp/app.py": "import redis\nfrom flask import Flask\n\napp = Flask(__name__)\ncache = redis.Redis(host=\"redis\", port=6379)\n\n\n@app.route(\"/\")\ndef hello():\n    count = cache.incr(\"hits\")\n    return f\"Hello World! I have been seen {count} times.\\n\"\n\n\nif __name__ == \"__main__\":\n    app.run(host=\"0.0.0.0\", port=5000)\n"};
const NAMED: Record<string, string> = {"compose.yaml": "services:\n  cache:\n    image: redis:7\n    container_name: my-cache\n  web:\n    image: nginx\n    ports:\n      - \"127.0.0.1:8080:80\"\n"};

test("no compose file", () => {
	const { host } = sim('linux', {});
	const r = host.exec("docker compose up -d", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`no configuration file provided: not found
`);
});

test("up -d without a TTY: one plain line per event", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	const r = host.exec("docker compose up -d", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(` Network myapp_default  Creating
 Network myapp_default  Created
 Volume myapp_data  Creating
 Volume myapp_data  Created
 Container myapp-redis-1  Creating
 Container myapp-redis-1  Created
 Container myapp-web-1  Creating
 Container myapp-web-1  Created
 Container myapp-redis-1  Starting
 Container myapp-redis-1  Started
 Container myapp-web-1  Starting
 Container myapp-web-1  Started
`);
});

test("up -d on a TTY: the redrawn block", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	const r = host.exec("docker compose up -d", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`\x1b[1A\x1b[1B\x1b[0G\x1b[?25l[+] Running 0/1\r
 \x1b[33m⠋\x1b[0m Network myapp_default  Creating                                         \x1b[34m0.0s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[0G\x1b[?25l[+] Running 2/3\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[33m⠋\x1b[0m Container myapp-redis-1  Creating                                       \x1b[34m0.0s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l\x1b[34m[+] Running 3/4\x1b[0m\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-redis-1  \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[33m⠋\x1b[0m Container myapp-web-1    Creating                                       \x1b[34m0.0s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l\x1b[34m[+] Running 4/4\x1b[0m\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-redis-1  \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-web-1    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l[+] Running 3/4\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[33m⠙\x1b[0m Container myapp-redis-1  Starting                                       \x1b[34m0.2s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-web-1    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l[+] Running 3/4\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-redis-1  \x1b[32mStarted\x1b[0m                                        \x1b[34m0.5s \x1b[0m\r
 \x1b[33m⠙\x1b[0m Container myapp-web-1    Starting                                       \x1b[34m0.4s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l\x1b[34m[+] Running 4/4\x1b[0m\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-redis-1  \x1b[32mStarted\x1b[0m                                        \x1b[34m0.5s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-web-1    \x1b[32mStarted\x1b[0m                                        \x1b[34m0.7s \x1b[0m\r
\x1b[?25h`);
});

test("up -d pulls what is missing first, in its own block", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	const r = host.exec("docker compose up -d", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`\x1b[1A\x1b[1B\x1b[0G\x1b[?25l[+] Running 1/7\r
 \x1b[33m⠋\x1b[0m redis [\x1b[32m⣿⠀⠀⠀⠀⠀\x1b[0m] Pulling                                                  \x1b[34m0.0s \x1b[0m\r
   \x1b[32m✔\x1b[0m 9e669f78a738 Already exists \x1b[32m\x1b[0m                                          \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m b87c9c211350 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m 694770731790 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m bcd22c6f59f0 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m 4f4fb700ef54 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m 9d29f7cd21f1 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l[+] Running 6/7\r
 \x1b[33m⠙\x1b[0m redis [\x1b[32m⣿⣿⣿⣿⣿⣿\x1b[0m] Pulling                                                  \x1b[34m0.6s \x1b[0m\r
   \x1b[32m✔\x1b[0m 9e669f78a738 Already exists \x1b[32m\x1b[0m                                          \x1b[34m0.0s \x1b[0m\r
   \x1b[32m✔\x1b[0m b87c9c211350 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m0.6s \x1b[0m\r
   \x1b[32m✔\x1b[0m 694770731790 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m0.6s \x1b[0m\r
   \x1b[32m✔\x1b[0m bcd22c6f59f0 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m0.6s \x1b[0m\r
   \x1b[32m✔\x1b[0m 4f4fb700ef54 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m0.6s \x1b[0m\r
   \x1b[32m✔\x1b[0m 9d29f7cd21f1 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m0.6s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l\x1b[34m[+] Running 7/7\x1b[0m\r
 \x1b[32m✔\x1b[0m redis Pulled             \x1b[32m\x1b[0m                                               \x1b[34m0.6s \x1b[0m\r
   \x1b[32m✔\x1b[0m 9e669f78a738 Already exists \x1b[32m\x1b[0m                                          \x1b[34m0.0s \x1b[0m\r
   \x1b[32m✔\x1b[0m b87c9c211350 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m0.6s \x1b[0m\r
   \x1b[32m✔\x1b[0m 694770731790 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m0.6s \x1b[0m\r
   \x1b[32m✔\x1b[0m bcd22c6f59f0 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m0.6s \x1b[0m\r
   \x1b[32m✔\x1b[0m 4f4fb700ef54 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m0.6s \x1b[0m\r
   \x1b[32m✔\x1b[0m 9d29f7cd21f1 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m0.6s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1B\x1b[0G\x1b[?25l[+] Running 0/1\r
 \x1b[33m⠋\x1b[0m Network myapp_default  Creating                                         \x1b[34m0.0s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[0G\x1b[?25l[+] Running 2/3\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[33m⠋\x1b[0m Container myapp-redis-1  Creating                                       \x1b[34m0.0s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l\x1b[34m[+] Running 3/4\x1b[0m\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-redis-1  \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[33m⠋\x1b[0m Container myapp-web-1    Creating                                       \x1b[34m0.0s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l\x1b[34m[+] Running 4/4\x1b[0m\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-redis-1  \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-web-1    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l[+] Running 3/4\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[33m⠙\x1b[0m Container myapp-redis-1  Starting                                       \x1b[34m0.2s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-web-1    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l[+] Running 3/4\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-redis-1  \x1b[32mStarted\x1b[0m                                        \x1b[34m0.5s \x1b[0m\r
 \x1b[33m⠙\x1b[0m Container myapp-web-1    Starting                                       \x1b[34m0.4s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l\x1b[34m[+] Running 4/4\x1b[0m\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mCreated\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mCreated\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-redis-1  \x1b[32mStarted\x1b[0m                                        \x1b[34m0.5s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-web-1    \x1b[32mStarted\x1b[0m                                        \x1b[34m0.7s \x1b[0m\r
\x1b[?25h`);
});

test("up -d again: nothing to do", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const r = host.exec("docker compose up -d", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(` Container myapp-redis-1  Running
 Container myapp-web-1  Running
`);
});

test("ps lists the project's containers", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const r = host.exec("docker compose ps", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`NAME            IMAGE     COMMAND                  SERVICE   CREATED         STATUS         PORTS
myapp-redis-1   redis:7   "docker-entrypoint.s…"   redis     2 seconds ago   Up 2 seconds   6379/tcp
myapp-web-1     nginx     "/docker-entrypoint.…"   web       2 seconds ago   Up 2 seconds   0.0.0.0:8000->80/tcp, [::]:8000->80/tcp
`);
	expect(r.stderr).toBe(``);
});

test("ps --format: a template, a table template, and a template that does not parse", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const plain = host.exec("docker compose ps --format '{{.Service}} {{.State}} {{.Ports}}'", { tty: false, cols: 80 });
	expect(plain.stdout).toBe(`redis running 6379/tcp
web running 0.0.0.0:8000->80/tcp, [::]:8000->80/tcp
`);
	const tbl = host.exec("docker compose ps --format 'table {{.Name}}\t{{.Project}}'", { tty: false, cols: 80 });
	expect(tbl.stdout).toBe(`NAME            PROJECT
myapp-redis-1   myapp
myapp-web-1     myapp
`);
	const bad = host.exec("docker compose ps --format '{{.Name'", { tty: false, cols: 80 });
	expect(bad.exitCode).toBe(1);
	expect(bad.stdout).toBe(``);
	expect(bad.stderr).toBe(`template parsing error: template: :1: unclosed action
`);
});

test("logs of one service, prefixed", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	host.exec("curl -s localhost:8000", { tty: true, cols: 80 });
	const r = host.exec("docker compose logs web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web-1  | /docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
web-1  | /docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
web-1  | /docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
web-1  | 10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
web-1  | 10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
web-1  | /docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh
web-1  | /docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
web-1  | /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
web-1  | /docker-entrypoint.sh: Configuration complete; ready for start up
web-1  | 172.18.0.1 - - [12/Nov/2025:09:00:14 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"
`);
	expect(r.stderr).toBe(`web-1  | 2025/11/12 09:00:12 [notice] 1#1: using the "epoll" event method
web-1  | 2025/11/12 09:00:12 [notice] 1#1: nginx/1.29.3
web-1  | 2025/11/12 09:00:12 [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) 
web-1  | 2025/11/12 09:00:12 [notice] 1#1: OS: Linux 6.8.0-87-generic
web-1  | 2025/11/12 09:00:12 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576
web-1  | 2025/11/12 09:00:12 [notice] 1#1: start worker processes
web-1  | 2025/11/12 09:00:12 [notice] 1#1: start worker process 29
web-1  | 2025/11/12 09:00:12 [notice] 1#1: start worker process 30
web-1  | 2025/11/12 09:00:12 [notice] 1#1: start worker process 31
web-1  | 2025/11/12 09:00:12 [notice] 1#1: start worker process 32
`);
});

test("the published port answers on the host", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const r = host.exec("curl -sI localhost:8000", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`HTTP/1.1 200 OK\r
Server: nginx/1.29.3\r
Date: Wed, 12 Nov 2025 09:00:14 GMT\r
Content-Type: text/html\r
Content-Length: 615\r
Last-Modified: Tue, 28 Oct 2025 12:05:10 GMT\r
Connection: keep-alive\r
ETag: "6900b1a6-267"\r
Accept-Ranges: bytes\r
\r
`);
	expect(r.stderr).toBe(``);
});

test("down keeps the named volume", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const r = host.exec("docker compose down && docker volume ls", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`DRIVER    VOLUME NAME
local     myapp_data
`);
	expect(r.stderr).toBe(` Container myapp-web-1  Stopping
 Container myapp-web-1  Stopped
 Container myapp-web-1  Removing
 Container myapp-web-1  Removed
 Container myapp-redis-1  Stopping
 Container myapp-redis-1  Stopped
 Container myapp-redis-1  Removing
 Container myapp-redis-1  Removed
 Network myapp_default  Removing
 Network myapp_default  Removed
`);
});

test("down -v removes it, on a TTY", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const r = host.exec("docker compose down -v", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`\x1b[1A\x1b[1B\x1b[0G\x1b[?25l[+] Running 0/1\r
 \x1b[33m⠋\x1b[0m Container myapp-web-1  Stopping                                         \x1b[34m0.0s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[0G\x1b[?25l\x1b[34m[+] Running 1/2\x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-web-1    \x1b[32mRemoved\x1b[0m                                        \x1b[34m0.5s \x1b[0m\r
 \x1b[33m⠋\x1b[0m Container myapp-redis-1  Stopping                                       \x1b[34m0.0s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l[+] Running 4/4\r
 \x1b[32m✔\x1b[0m Container myapp-web-1    \x1b[32mRemoved\x1b[0m                                        \x1b[34m0.5s \x1b[0m\r
 \x1b[32m✔\x1b[0m Container myapp-redis-1  \x1b[32mRemoved\x1b[0m                                        \x1b[34m0.5s \x1b[0m\r
 \x1b[32m✔\x1b[0m Network myapp_default    \x1b[32mRemoved\x1b[0m                                        \x1b[34m0.1s \x1b[0m\r
 \x1b[32m✔\x1b[0m Volume myapp_data        \x1b[32mRemoved\x1b[0m                                        \x1b[34m0.0s \x1b[0m\r
\x1b[?25h`);
});

test("down with nothing to remove", () => {
	const { host } = sim('linux', APP);
	host.exec("cd myapp", { tty: true, cols: 80 });
	const r = host.exec("docker compose down", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`time="2025-11-12T09:00:04Z" level=warning msg="Warning: No resource found to remove for project \\"myapp\\"."
`);
});

test("services find each other by service name", () => {
	const { host } = sim('linux', DNS);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q alpine", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const r = host.exec("docker compose exec -T app ping -c 1 web && docker compose exec -T app wget -qO- http://project-web-1/missing", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`PING web (172.18.0.3): 56 data bytes
64 bytes from 172.18.0.3: seq=0 ttl=64 time=0.100 ms

--- web ping statistics ---
1 packets transmitted, 1 packets received, 0% packet loss
round-trip min/avg/max = 0.100/0.100/0.100 ms
`);
	expect(r.stderr).toBe(`wget: server returned error: HTTP/1.1 404 Not Found
`);
});

test("-p names the project", () => {
	const { host } = sim('linux', DNS);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q alpine", { tty: true, cols: 80 });
	const r = host.exec("docker compose -p shop up -d && docker network ls", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`NETWORK ID     NAME           DRIVER    SCOPE
1d0cc01bb17f   bridge         bridge    local
6945223142ee   host           host      local
cee3b196baf7   none           null      local
e0421155e67d   shop_default   bridge    local
`);
	expect(r.stderr).toBe(` Network shop_default  Creating
 Network shop_default  Created
 Container shop-app-1  Creating
 Container shop-app-1  Created
 Container shop-web-1  Creating
 Container shop-web-1  Created
 Container shop-app-1  Starting
 Container shop-app-1  Started
 Container shop-web-1  Starting
 Container shop-web-1  Started
`);
});

test("unknown service", () => {
	const { host } = sim('linux', APP);
	host.exec("cd myapp", { tty: true, cols: 80 });
	const r = host.exec("docker compose logs nosuch", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`no such service: nosuch
`);
});

test("invalid YAML, with its line", () => {
	const { host } = sim('linux', BAD);
	const r = host.exec("docker compose config", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`failed to parse /home/dev/project/compose.yaml: yaml: line 4: did not find expected key
`);
});

test("a tab in the indentation", () => {
	const { host } = sim('linux', TAB);
	const r = host.exec("docker compose -f tab.yaml config", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`failed to parse /home/dev/project/tab.yaml: yaml: line 2: found character that cannot start any token
`);
});

test("a misspelt key fails the schema", () => {
	const { host } = sim('linux', TYPO);
	const r = host.exec("docker compose up -d", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`validating /home/dev/project/compose.yaml: services.web additional properties 'imgae' not allowed
`);
});

test("a volume that is not declared", () => {
	const { host } = sim('linux', UNDECLARED);
	const r = host.exec("docker compose up -d", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`service "db" refers to undefined volume data: invalid compose project
`);
});

test("-f a file that is not there", () => {
	const { host } = sim('linux', {});
	const r = host.exec("docker compose -f prod.yaml up -d", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`open /home/dev/project/prod.yaml: no such file or directory
`);
});

test("a port already allocated", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("docker run -d --name other -p 8000:80 nginx", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	const r = host.exec("docker compose up -d", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(` Network myapp_default  Creating
 Network myapp_default  Created
 Volume myapp_data  Creating
 Volume myapp_data  Created
 Container myapp-redis-1  Creating
 Container myapp-redis-1  Created
 Container myapp-web-1  Creating
 Container myapp-web-1  Created
 Container myapp-redis-1  Starting
 Container myapp-redis-1  Started
 Container myapp-web-1  Starting
Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint myapp-web-1 (a6c41de9821785f2363bcacd4099fdddf439deb800f22ed70741fbf75468b87e): Bind for 0.0.0.0:8000 failed: port is already allocated
`);
});

test("depends_on service_healthy waits for the health check", () => {
	const { host } = sim('linux', HEALTH);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	const r = host.exec("docker compose up -d && docker compose ps", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`NAME              IMAGE     COMMAND                  SERVICE   CREATED         STATUS                   PORTS
project-redis-1   redis:7   "docker-entrypoint.s…"   redis     6 seconds ago   Up 6 seconds (healthy)   6379/tcp
project-web-1     nginx     "/docker-entrypoint.…"   web       6 seconds ago   Up Less than a second    80/tcp
`);
	expect(r.stderr).toBe(` Network project_default  Creating
 Network project_default  Created
 Container project-redis-1  Creating
 Container project-redis-1  Created
 Container project-web-1  Creating
 Container project-web-1  Created
 Container project-redis-1  Starting
 Container project-redis-1  Started
 Container project-redis-1  Waiting
 Container project-redis-1  Healthy
 Container project-web-1  Starting
 Container project-web-1  Started
`);
});

test("the obsolete version attribute and an unset variable warn (plain)", () => {
	const { host } = sim('linux', WARN);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	const r = host.exec("docker compose up -d", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`time="2025-11-12T09:00:06Z" level=warning msg="The \\"GREETING\\" variable is not set. Defaulting to a blank string."
time="2025-11-12T09:00:06Z" level=warning msg="/home/dev/project/compose.yaml: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion"
 Network project_default  Creating
 Network project_default  Created
 Container project-web-1  Creating
 Container project-web-1  Created
 Container project-web-1  Starting
 Container project-web-1  Started
`);
});

test("the same warnings on a TTY", () => {
	const { host } = sim('linux', WARN);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	const r = host.exec("docker compose config", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`name: project\r
services:\r
  web:\r
    environment:\r
      GREETING: ""\r
    image: nginx:latest\r
    networks:\r
      default: null\r
networks:\r
  default:\r
    name: project_default\r
`);
	expect(r.stderr).toBe(`\x1b[33mWARN\x1b[0m[0000] The "GREETING" variable is not set. Defaulting to a blank string.\r
\x1b[33mWARN\x1b[0m[0000] /home/dev/project/compose.yaml: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion\r
`);
});

test("config prints the canonical model", () => {
	const { host } = sim('linux', APP);
	host.exec("cd myapp", { tty: true, cols: 80 });
	const r = host.exec("docker compose config", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`name: myapp
services:
  redis:
    image: redis:7
    networks:
      default: null
    volumes:
      - type: volume
        source: data
        target: /data
        volume: {}
  web:
    depends_on:
      redis:
        condition: service_started
        required: true
    image: nginx
    networks:
      default: null
    ports:
      - mode: ingress
        target: 80
        published: "8000"
        protocol: tcp
networks:
  default:
    name: myapp_default
volumes:
  data:
    name: myapp_data
`);
	expect(r.stderr).toBe(``);
});

test("run --rm a one-off command", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	const r = host.exec("docker compose run --rm web echo hello && docker ps -a --format '{{.Names}}'", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`hello
myapp-redis-1
`);
	expect(r.stderr).toBe(` Network myapp_default  Creating
 Network myapp_default  Created
 Volume myapp_data  Creating
 Volume myapp_data  Created
 Container myapp-redis-1  Creating
 Container myapp-redis-1  Created
 Container myapp-redis-1  Starting
 Container myapp-redis-1  Started
`);
});

test("exec in a service that is not running", () => {
	const { host } = sim('linux', APP);
	host.exec("cd myapp", { tty: true, cols: 80 });
	const r = host.exec("docker compose exec web sh", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`service "web" is not running
`);
});

test("stop, ls -a, start, restart", () => {
	const { host } = sim('linux', APP);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const r = host.exec("docker compose stop && docker compose ls -a && docker compose start && docker compose restart web && docker compose ls", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`NAME      STATUS      CONFIG FILES
myapp     exited(2)   /home/dev/project/myapp/compose.yaml
NAME      STATUS       CONFIG FILES
myapp     running(2)   /home/dev/project/myapp/compose.yaml
`);
	expect(r.stderr).toBe(` Container myapp-web-1  Stopping
 Container myapp-web-1  Stopped
 Container myapp-redis-1  Stopping
 Container myapp-redis-1  Stopped
 Container myapp-redis-1  Starting
 Container myapp-redis-1  Started
 Container myapp-web-1  Starting
 Container myapp-web-1  Started
 Container myapp-web-1  Restarting
 Container myapp-web-1  Started
`);
});

test("pull on a TTY", () => {
	const { host } = sim('linux', APP);
	host.exec("cd myapp", { tty: true, cols: 80 });
	const r = host.exec("docker compose pull redis", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`\x1b[1A\x1b[1B\x1b[0G\x1b[?25l[+] Pulling 0/7\r
 \x1b[33m⠋\x1b[0m redis [\x1b[32m⠀⠀⠀⠀⠀⠀\x1b[0m] Pulling                                                  \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m 9e669f78a738 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m b87c9c211350 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m 694770731790 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m bcd22c6f59f0 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m 4f4fb700ef54 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
   \x1b[33m⠋\x1b[0m 9d29f7cd21f1 Pulling fs layer                                         \x1b[34m0.0s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l[+] Pulling 6/7\r
 \x1b[33m⠙\x1b[0m redis [\x1b[32m⣿⣿⣿⣿⣿⣿\x1b[0m] Pulling                                                  \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m 9e669f78a738 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m b87c9c211350 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m 694770731790 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m bcd22c6f59f0 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m 4f4fb700ef54 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m 9d29f7cd21f1 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
\x1b[?25h\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[1A\x1b[0G\x1b[?25l\x1b[34m[+] Pulling 7/7\x1b[0m\r
 \x1b[32m✔\x1b[0m redis Pulled             \x1b[32m\x1b[0m                                               \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m 9e669f78a738 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m b87c9c211350 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m 694770731790 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m bcd22c6f59f0 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m 4f4fb700ef54 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
   \x1b[32m✔\x1b[0m 9d29f7cd21f1 Pull complete \x1b[32m\x1b[0m                                           \x1b[34m2.2s \x1b[0m\r
\x1b[?25h`);
});

test("build a service from its Dockerfile, then up uses the image", () => {
	const { host } = sim('linux', BUILD);
	host.exec("docker pull -q python:3.13-alpine", { tty: true, cols: 80 });
	const r = host.exec("docker compose build && docker compose up -d && docker images --format '{{.Repository}}:{{.Tag}}'", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`project-web:latest
python:3.13-alpine
`);
	expect(r.stderr).toBe(`#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 77B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/python:3.13-alpine
#2 DONE 1.1s

#3 [internal] load .dockerignore
#3 transferring context: 2B done
#3 DONE 0.0s

#4 [1/3] FROM docker.io/library/python:3.13-alpine@sha256:1b906a70fdc81e07deb4cf9e4c052c9be4f1aeb51982854572849cfbfedcaf36
#4 resolve docker.io/library/python:3.13-alpine@sha256:1b906a70fdc81e07deb4cf9e4c052c9be4f1aeb51982854572849cfbfedcaf36 0.0s done
#4 DONE 0.0s

#5 [internal] load build context
#5 transferring context: 150B done
#5 DONE 0.0s

#6 [2/3] WORKDIR /code
#6 DONE 0.0s

#7 [3/3] COPY app.py .
#7 DONE 0.0s

#8 exporting to image
#8 exporting layers 0.1s done
#8 writing image sha256:7fce3b8bc0eb951d4ba92d8ca99f364617857dd1eee33aa64b7e99924859b55b 0.0s done
#8 naming to docker.io/library/project-web:latest done
#8 DONE 0.1s
 project-web  Built
 Network project_default  Creating
 Network project_default  Created
 Container project-web-1  Creating
 Container project-web-1  Created
 Container project-web-1  Starting
 Container project-web-1  Started
`);
});

test("version, unknown command, unknown flag", () => {
	const { host } = sim('linux', {});
	const r = host.exec("docker compose version; docker compose frob; docker compose up --frob", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(`Docker Compose version v2.40.3
`);
	expect(r.stderr).toBe(`unknown docker command: "compose frob"
unknown flag: --frob

Usage:  docker compose up [OPTIONS] [SERVICE...]

Run 'docker compose up --help' for more information
`);
});

test("the web service counts visits in redis, found by its service name", () => {
	const { host } = sim('linux', COUNTER);
	host.exec("docker pull -q python:3.13-alpine", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7-alpine", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const r = host.exec("curl -s localhost:8000 && curl -s localhost:8000 && docker compose logs web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Hello World! I have been seen 1 times.
Hello World! I have been seen 2 times.
`);
	expect(r.stderr).toBe(`web-1  |  * Serving Flask app 'app'
web-1  |  * Debug mode: off
web-1  | WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.
web-1  |  * Running on all addresses (0.0.0.0)
web-1  |  * Running on http://127.0.0.1:5000
web-1  |  * Running on http://172.18.0.3:5000
web-1  | Press CTRL+C to quit
web-1  | 172.18.0.1 - - [12/Nov/2025 09:00:15] "GET / HTTP/1.1" 200 -
web-1  | 172.18.0.1 - - [12/Nov/2025 09:00:15] "GET / HTTP/1.1" 200 -
`);
});

test("the count lives in the named volume: down keeps it, down -v does not", () => {
	const { host } = sim('linux', COUNTER);
	host.exec("docker pull -q python:3.13-alpine", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7-alpine", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	host.exec("curl -s localhost:8000", { tty: true, cols: 80 });
	host.exec("docker compose down", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const r = host.exec("curl -s localhost:8000 && docker compose down -v && docker compose up -d && curl -s localhost:8000", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Hello World! I have been seen 2 times.
Hello World! I have been seen 1 times.
`);
	expect(r.stderr).toBe(` Container myapp-web-1  Stopping
 Container myapp-web-1  Stopped
 Container myapp-web-1  Removing
 Container myapp-web-1  Removed
 Container myapp-redis-1  Stopping
 Container myapp-redis-1  Stopped
 Container myapp-redis-1  Removing
 Container myapp-redis-1  Removed
 Network myapp_default  Removing
 Network myapp_default  Removed
 Volume myapp_redis-data  Removing
 Volume myapp_redis-data  Removed
 Network myapp_default  Creating
 Network myapp_default  Created
 Volume myapp_redis-data  Creating
 Volume myapp_redis-data  Created
 Container myapp-redis-1  Creating
 Container myapp-redis-1  Created
 Container myapp-web-1  Creating
 Container myapp-web-1  Created
 Container myapp-redis-1  Starting
 Container myapp-redis-1  Started
 Container myapp-web-1  Starting
 Container myapp-web-1  Started
`);
});

test("on the default bridge the same app cannot find redis", () => {
	const { host } = sim('linux', COUNTER);
	host.exec("docker pull -q python:3.13-alpine", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7-alpine", { tty: true, cols: 80 });
	host.exec("cd myapp", { tty: true, cols: 80 });
	host.exec("docker compose build", { tty: true, cols: 80 });
	host.exec("docker run -d --name redis redis:7-alpine", { tty: true, cols: 80 });
	host.exec("docker run -d --name web -p 8000:5000 myapp-web", { tty: true, cols: 80 });
	const r = host.exec("curl -si localhost:8000", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`HTTP/1.1 500 INTERNAL SERVER ERROR\r
Server: Werkzeug/3.1.3 Python/3.13.9\r
Date: Wed, 12 Nov 2025 09:00:18 GMT\r
Content-Type: text/html; charset=utf-8\r
Content-Length: 265\r
Connection: close\r
\r
<!doctype html>
<html lang=en>
<title>500 Internal Server Error</title>
<h1>Internal Server Error</h1>
<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>
`);
	expect(r.stderr).toBe(``);
});

test("up without -d: the logs, then Ctrl-C stops the project", () => {
	const { host } = sim('linux', NAMED);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	const r = host.exec("docker compose up", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(130);
	expect(r.stdout).toBe(`Attaching to my-cache, web-1
my-cache  | 1:C 12 Nov 2025 09:00:09.856 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo
my-cache  | 1:C 12 Nov 2025 09:00:09.856 * Redis version=8.2.3, bits=64, commit=00000000, modified=1, pid=1, just started
my-cache  | 1:C 12 Nov 2025 09:00:09.856 # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf
my-cache  | 1:M 12 Nov 2025 09:00:09.856 * monotonic clock: POSIX clock_gettime
my-cache  | 1:M 12 Nov 2025 09:00:09.856 * Running mode=standalone, port=6379.
my-cache  | 1:M 12 Nov 2025 09:00:09.856 * Server initialized
my-cache  | 1:M 12 Nov 2025 09:00:09.856 * Ready to accept connections tcp
web-1     | /docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
web-1     | /docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
web-1     | /docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
web-1     | 10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
web-1     | 10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
web-1     | /docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh
web-1     | /docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
web-1     | /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
web-1     | /docker-entrypoint.sh: Configuration complete; ready for start up
^CGracefully Stopping... press Ctrl+C again to force
`);
	expect(r.stderr).toBe(` Network project_default  Creating
 Network project_default  Created
 Container my-cache  Creating
 Container my-cache  Created
 Container project-web-1  Creating
 Container project-web-1  Created
 Container my-cache  Starting
 Container my-cache  Started
 Container project-web-1  Starting
 Container project-web-1  Started
web-1     | 2025/11/12 09:00:10 [notice] 1#1: using the "epoll" event method
web-1     | 2025/11/12 09:00:10 [notice] 1#1: nginx/1.29.3
web-1     | 2025/11/12 09:00:10 [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) 
web-1     | 2025/11/12 09:00:10 [notice] 1#1: OS: Linux 6.8.0-87-generic
web-1     | 2025/11/12 09:00:10 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576
web-1     | 2025/11/12 09:00:10 [notice] 1#1: start worker processes
web-1     | 2025/11/12 09:00:10 [notice] 1#1: start worker process 29
web-1     | 2025/11/12 09:00:10 [notice] 1#1: start worker process 30
web-1     | 2025/11/12 09:00:10 [notice] 1#1: start worker process 31
web-1     | 2025/11/12 09:00:10 [notice] 1#1: start worker process 32
 Container project-web-1  Stopping
 Container project-web-1  Stopped
 Container my-cache  Stopping
 Container my-cache  Stopped
`);
});

test("container_name and a localhost-only port", () => {
	const { host } = sim('linux', NAMED);
	host.exec("docker pull -q nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q redis:7", { tty: true, cols: 80 });
	host.exec("docker compose up -d", { tty: true, cols: 80 });
	const r = host.exec("docker compose ps && docker ps --format '{{.Names}} {{.Ports}}' && curl -sI localhost:8080 | head -n 1 && docker compose logs --tail 1", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`NAME            IMAGE     COMMAND                  SERVICE   CREATED         STATUS         PORTS
my-cache        redis:7   "docker-entrypoint.s…"   cache     2 seconds ago   Up 2 seconds   6379/tcp
project-web-1   nginx     "/docker-entrypoint.…"   web       2 seconds ago   Up 2 seconds   127.0.0.1:8080->80/tcp
project-web-1 127.0.0.1:8080->80/tcp
my-cache 6379/tcp
HTTP/1.1 200 OK\r
my-cache  | 1:M 12 Nov 2025 09:00:09.856 * Ready to accept connections tcp
web-1     | 172.18.0.1 - - [12/Nov/2025:09:00:12 +0000] "HEAD / HTTP/1.1" 200 0 "-" "curl/8.5.0" "-"
`);
	expect(r.stderr).toBe(``);
});

test("completion offers the plugin's subcommands, then the project's services", () => {
	const { host } = sim('linux', APP);
	expect(host.complete('docker compose ')).toEqual(['build', 'config', 'down', 'exec', 'logs', 'ls', 'ps', 'pull', 'restart', 'run', 'start', 'stop', 'up', 'version']);
	expect(host.complete('docker compose u')).toEqual(['up']);
	expect(host.complete('docker co')).toEqual(['commit', 'compose', 'container', 'context']);
	host.exec('docker pull -q nginx', { tty: true, cols: 80 });
	host.exec('docker pull -q redis:7', { tty: true, cols: 80 });
	host.exec('cd myapp', { tty: true, cols: 80 });
	host.exec('docker compose up -d', { tty: true, cols: 80 });
	expect(host.complete('docker compose logs ')).toEqual(['redis', 'web']);
});
