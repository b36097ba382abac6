import { describe, expect, it } from 'vitest';
import type { InboxEventInput } from '../../../server/src/onboarding/ports/index.ts';
import { createSimulatedClock } from '../../../server/src/sandbox/create-simulated-clock.ts';
import { mirrorDealStageChanges } from '../../../server/src/sandbox/mirror-deal-stage-changes.ts';
import { parseDemoArgs } from '../../../server/src/sandbox/parse-demo-args.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';

describe('parseDemoArgs', () => {
  it.each([
    [[], { speed: 1, seed: 42 }],
    [['--speed', '86400'], { speed: 86400, seed: 42 }],
    [['--speed=3600', '--seed=7'], { speed: 3600, seed: 7 }],
    [['--seed', '-3'], { speed: 1, seed: -3 }],
  ])('reads %j as %j', (args, expected) => {
    expect(parseDemoArgs(args)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [['--speed'], '--speed expects a number'],
    [['--speed', 'fast'], '--speed expects a number'],
    [['--speed', '0.5'], '--speed must be at least 1'],
    [['--seed', '1.5'], '--seed must be an integer'],
    [['--port', '3000'], 'unknown option --port'],
  ])('refuses %j: %s', (args, problem) => {
    const parsed = parseDemoArgs(args);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toContain(problem);
  });
});

describe('createSimulatedClock', () => {
  it('starts at its start instant and runs speed times faster than real time', () => {
    const real = createFixedClock(1_000);
    const clock = createSimulatedClock({ start: 5_000_000, speed: 86_400, realClock: real });
    expect(clock.now()).toBe(5_000_000);
    real.advance(1_000);
    expect(clock.now()).toBe(5_000_000 + 86_400_000);
  });

  it('held at an instant of the past, answers it whatever real time does, then runs on from real time at least', () => {
    const real = createFixedClock(10_000);
    const clock = createSimulatedClock({ start: 10_000, speed: 2, realClock: real });
    clock.hold(3_000);
    real.advance(500);
    expect(clock.now()).toBe(3_000);
    clock.run();
    expect(clock.now()).toBe(10_500);
    real.advance(100);
    expect(clock.now()).toBe(10_700);
  });
});

describe('mirrorDealStageChanges (the sandbox plays HubSpot for webhooks sent to the demo)', () => {
  const event = (payload: object, source: InboxEventInput['source'] = 'hubspot'): InboxEventInput => ({
    portalId: '4815162',
    source,
    eventId: '1',
    kind: 'crm.change',
    companyId: null,
    occurredAt: 7,
    payload,
  });
  const stageChange = {
    subscriptionType: 'object.propertyChange',
    objectTypeId: '0-3',
    objectId: 5082,
    propertyName: 'dealstage',
    propertyValue: 'closedwon',
    occurredAt: 7,
  };

  it.each([
    ['a generic deal stage change', stageChange, [['5082', 'closedwon', 7]]],
    [
      'a legacy deal.propertyChange',
      { ...stageChange, subscriptionType: 'deal.propertyChange' },
      [['5082', 'closedwon', 7]],
    ],
    ['a company property change', { ...stageChange, objectTypeId: '0-2' }, []],
    ['a generic change without object type', { ...stageChange, objectTypeId: undefined }, []],
    ['another deal property', { ...stageChange, propertyName: 'amount' }, []],
  ])('applies %s accordingly', (_name, payload, calls) => {
    const applied: unknown[][] = [];
    mirrorDealStageChanges({ setDealStage: (...args) => applied.push(args) > 0 }, [event(payload)]);
    expect(applied).toEqual(calls);
  });

  it('ignores events that did not come from HubSpot', () => {
    const applied: unknown[][] = [];
    mirrorDealStageChanges({ setDealStage: (...args) => applied.push(args) > 0 }, [event(stageChange, 'card')]);
    expect(applied).toEqual([]);
  });
});
