// Whole-output tests for docker login and docker logout. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { finalScreen } from '../index.ts';
import { sim } from '../testing.ts';

test("-u and -p", () => {
	const { host } = sim("linux");
	const r = host.exec("docker login -u alice -p secret", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Login Succeeded
`);
	expect(r.stderr).toBe(`WARNING! Using --password via the CLI is insecure. Use --password-stdin.
WARNING! Your credentials are stored unencrypted in '/home/dev/.docker/config.json'.
Configure a credential helper to remove this warning. See
https://docs.docker.com/go/credential-store/

`);
});

test("--password-stdin", () => {
	const { host } = sim("linux");
	const r = host.exec("echo secret | docker login -u alice --password-stdin", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Login Succeeded
`);
	expect(r.stderr).toBe(`WARNING! Your credentials are stored unencrypted in '/home/dev/.docker/config.json'.
Configure a credential helper to remove this warning. See
https://docs.docker.com/go/credential-store/

`);
});

test("wrong password", () => {
	const { host } = sim("linux");
	const r = host.exec("docker login -u alice -p wrong", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password
`);
});

test("-u with a prompt on a terminal", () => {
	const { host } = sim("linux");
	const r = host.exec("docker login -u alice", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(`Password:
Login Succeeded
`);
	expect(finalScreen(r.stderr)).toBe(`
i Info → A Personal Access Token (PAT) can be used instead.
         To create a PAT, visit https://app.docker.com/settings


WARNING! Your credentials are stored unencrypted in '/home/dev/.docker/config.json'.
Configure a credential helper to remove this warning. See
https://docs.docker.com/go/credential-store/

`);
});

test("stored credentials", () => {
	const { host } = sim("linux");
	host.exec("docker login -u alice -p secret", { tty: true, cols: 80 });
	const r = host.exec("docker login", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(`Authenticating with existing credentials... [Username: alice]
Login Succeeded
`);
	expect(finalScreen(r.stderr)).toBe(`
i Info → To login with a different account, run 'docker logout' followed by 'docker login'


`);
});

test("bare login: the web-based flow", () => {
	const { host } = sim("linux");
	const r = host.exec("docker login", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(`
USING WEB-BASED LOGIN
To sign in with credentials on the command line, use 'docker login -u <username>'

Your one-time device confirmation code is: CDKB-STRB
Press ENTER to open your browser or submit your device code here: https://login.docker.com/activate

Waiting for authentication in the browser…
Login Succeeded
`);
	expect(finalScreen(r.stderr)).toBe(`WARNING! Your credentials are stored unencrypted in '/home/dev/.docker/config.json'.
Configure a credential helper to remove this warning. See
https://docs.docker.com/go/credential-store/

`);
});

test("not a terminal", () => {
	const { host } = sim("linux");
	const r = host.exec("docker login", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error: Cannot perform an interactive login from a non TTY device
`);
});

test("logout", () => {
	const { host } = sim("linux");
	host.exec("docker login -u alice -p secret", { tty: true, cols: 80 });
	const r = host.exec("docker logout", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Removing login credentials for https://index.docker.io/v1/
`);
	expect(r.stderr).toBe(``);
});

// docker/cli v28 registry/logout.go has no "not logged in" branch: it always prints this line.
test("logout when not logged in", () => {
	const { host } = sim("linux");
	const r = host.exec("docker logout", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Removing login credentials for https://index.docker.io/v1/
`);
	expect(r.stderr).toBe(``);
});
