import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { SimulatedHubSpotStats, SimulatedLimits } from './simulated-hubspot.ts';
import type { SimulatedHubSpotWorkerData, SimulatedHubSpotWorkerRequest } from './simulated-hubspot-worker.ts';

/**
 * The simulated HubSpot on its own thread, seeded with a portfolio. In the benchmark's thread it would share one
 * core with the client it measures, and its own work (serialising thousands of records per second) would be
 * charged to the client's wall time. The worker loads TypeScript through tsx, as the benchmark itself runs.
 */
export interface SimulatedHubSpotWorker {
  readonly baseUrl: string;
  stats(): Promise<SimulatedHubSpotStats>;
  setLimits(limits: SimulatedLimits): Promise<void>;
  close(): Promise<void>;
}

const workerUrl = new URL('./simulated-hubspot-worker.ts', import.meta.url).href;
const tsxApiUrl = import.meta.resolve('tsx/esm/api');

export async function startSimulatedHubSpotWorker(data: SimulatedHubSpotWorkerData): Promise<SimulatedHubSpotWorker> {
  const entry = `import(${JSON.stringify(tsxApiUrl)}).then((tsx) => tsx.tsImport(${JSON.stringify(workerUrl)}, ${JSON.stringify(workerUrl)}))`;
  const worker = new Worker(entry, { eval: true, workerData: data });
  const ask = async <T>(request: SimulatedHubSpotWorkerRequest): Promise<T> => {
    worker.postMessage(request);
    const [answer] = (await once(worker, 'message')) as [T];
    return answer;
  };
  const [ready] = (await once(worker, 'message')) as [{ baseUrl: string }];
  return {
    baseUrl: ready.baseUrl,
    stats: async () => (await ask<{ stats: SimulatedHubSpotStats }>('stats')).stats,
    setLimits: async (limits) => {
      await ask<{ limitsSet: true }>({ setLimits: limits });
    },
    close: async () => {
      await ask<{ closed: true }>('close');
      await worker.terminate();
    },
  };
}
