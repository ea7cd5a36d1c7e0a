import { describe, expect, it } from 'vitest';
import { Driver, ENDED, IDLE, LIVE, PAUSED, PLAYING, STARTING, type Scheduler } from './driver';
import { Screen } from './screen';
import { nodeTimelines } from '../loaders/sessions';

const { getTimeline } = nodeTimelines();

import { stepText } from './timing';

/** A simulated clock: timers run only when the test advances time. */
class SimulatedClock implements Scheduler {
	now = 0;
	private timers: Array<{ at: number; seq: number; fn: () => void }> = [];
	private seq = 0;
	/** Timers set so far. */
	set = 0;
	after(ms: number, fn: () => void) {
		this.set++;
		this.timers.push({ at: this.now + ms, seq: this.seq++, fn });
	}
	cancelAll() {
		this.timers = [];
	}
	advance(ms: number) {
		const end = this.now + ms;
		for (;;) {
			this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
			const next = this.timers[0];
			if (!next || next.at > end) break;
			this.timers.shift();
			this.now = next.at;
			next.fn();
		}
		this.now = end;
	}
}

function setup(typing = true, tickMs = 0) {
	const steps = getTimeline('pull')!.steps;
	const clock = new SimulatedClock();
	const screen = new Screen(80, 18);
	const log: string[] = [];
	let left = 0;
	const driver = new Driver(
		steps,
		{
			reset: () => screen.reset(),
			write: (d) => screen.write(d),
			step: (i) => log.push(`step ${i}`),
			state: (s, p) => log.push(`${s} ${p}`),
			leaveLive: () => left++,
		},
		clock,
		() => typing,
		tickMs,
	);
	return { steps, clock, screen, log, driver, left: () => left };
}

describe('Driver', () => {
	it('plays every step to ENDED, and the screen is the steps written whole', () => {
		const { steps, clock, screen, driver } = setup();
		driver.seek(0);
		expect(driver.state).toBe(IDLE);
		driver.play();
		expect(driver.state).toBe(PLAYING);
		clock.advance(600_000);
		expect(driver.state).toBe(ENDED);
		expect(driver.position).toBe(steps.length);
		const whole = new Screen(80, 18);
		whole.write(steps.map(stepText).join(''));
		expect(screen.text()).toEqual(whole.text());
	});

	it('with ticks, each write shows the screen the frame-by-frame replay shows then, with a fraction of the timers', () => {
		const ticked = setup(true, 80);
		const writeTimes = new Set<number>();
		const write = ticked.screen.write.bind(ticked.screen);
		ticked.screen.write = (data: string) => {
			write(data);
			writeTimes.add(ticked.clock.now);
		};
		ticked.driver.play();
		ticked.clock.advance(600_000);
		expect(ticked.driver.state).toBe(ENDED);

		const again = setup(true, 80);
		const each = setup(true);
		again.driver.play();
		each.driver.play();
		for (const at of writeTimes) {
			again.clock.advance(at - again.clock.now);
			each.clock.advance(at - each.clock.now);
			expect(again.screen.text()).toEqual(each.screen.text());
		}
		expect(writeTimes.size).toBeGreaterThan(50);
		each.clock.advance(600_000);
		expect(each.driver.state).toBe(ENDED);
		expect(ticked.clock.set).toBeLessThan(each.clock.set / 2);
	});

	it('types a command one character at a time, unless motion is reduced', () => {
		const typed = setup(true);
		typed.driver.play();
		typed.clock.advance(100);
		expect(typed.screen.text()[0]).toMatch(/\$ do$/);
		const whole = setup(false);
		whole.driver.play();
		whole.clock.advance(0);
		expect(whole.screen.text()[0]).toMatch(/\$ docker pull nginx$/);
	});

	it('pause completes the step under way; play goes on from there', () => {
		const { clock, driver, screen } = setup();
		driver.play();
		clock.advance(200);
		driver.pause();
		expect(driver.state).toBe(PAUSED);
		expect(driver.position).toBe(1);
		expect(screen.text().join('\n')).toContain('Status: Downloaded newer image for nginx:latest');
		clock.advance(60_000);
		expect(driver.position).toBe(1);
		driver.play();
		clock.advance(600_000);
		expect(driver.state).toBe(ENDED);
	});

	it('next and previous count the step under way as shown; seek clamps', () => {
		const { clock, driver, steps } = setup();
		driver.play();
		clock.advance(100);
		driver.next();
		expect(driver.position).toBe(2);
		driver.previous();
		expect(driver.position).toBe(1);
		driver.seek(99);
		expect(driver.position).toBe(steps.length);
		expect(driver.state).toBe(ENDED);
		driver.seek(-3);
		expect(driver.state).toBe(IDLE);
	});

	it('speed scales time', () => {
		const { clock, driver } = setup();
		driver.speed = 4;
		driver.play();
		const slow = setup();
		slow.driver.play();
		clock.advance(1500);
		slow.clock.advance(1500);
		expect(driver.position).toBeGreaterThan(slow.driver.position);
	});

	it('take-over: STARTING then LIVE at the step shown; seek or play leaves it', () => {
		const { clock, driver, left } = setup();
		driver.play();
		clock.advance(200);
		expect(driver.startLive()).toBe(1);
		expect(driver.state).toBe(STARTING);
		driver.live();
		expect(driver.state).toBe(LIVE);
		expect(driver.isLive).toBe(true);
		driver.play();
		expect(left()).toBe(1);
		expect(driver.state).toBe(PLAYING);
		expect(driver.position).toBe(0);
	});

	it('tells the view the state and step as they change', () => {
		const { clock, driver, log } = setup();
		driver.seek(0);
		driver.play();
		clock.advance(600_000);
		expect(log.filter((l) => l.startsWith('step'))).toEqual(['step 0', 'step 0', 'step 1', 'step 2', 'step 3']);
		expect(log.at(-1)).toBe('ended 4');
	});
});
