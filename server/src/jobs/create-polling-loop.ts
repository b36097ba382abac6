export interface PollingLoopOptions {
  /** One round of work; resolves true to run the next round at once (work is waiting), false to pause first. */
  round: () => Promise<boolean>;
  pauseMs: number;
  sleep: (ms: number) => Promise<void>;
}

export interface PollingLoop {
  start(): void;
  /** Lets the round in progress finish, then ends the loop; a pause is cut short, never waited out. */
  stop(): Promise<void>;
}

/**
 * The loop the worker and the scheduler share: rounds one after another, a pause between them when a round asks
 * for it. A stop during a round must not enter the pause (the scheduler's is an hour), so it is checked first.
 */
export function createPollingLoop(options: PollingLoopOptions): PollingLoop {
  let stopping = false;
  let loop: Promise<void> | null = null;
  let wake: () => void = () => undefined;

  async function run(): Promise<void> {
    while (!stopping) {
      const again = await options.round();
      if (!again && !stopping) {
        await Promise.race([options.sleep(options.pauseMs), new Promise<void>((resolve) => (wake = resolve))]);
      }
    }
  }

  return {
    start() {
      if (loop !== null) return;
      stopping = false;
      loop = run();
    },
    async stop() {
      stopping = true;
      wake();
      await loop;
      loop = null;
    },
  };
}
