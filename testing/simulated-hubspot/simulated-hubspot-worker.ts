import { parentPort, workerData } from 'node:worker_threads';
import { buildSimulatedPortfolio } from './build-simulated-portfolio.ts';
import type { SimulatedPortfolioOptions } from './build-simulated-portfolio.ts';
import { createSimulatedHubSpot } from './simulated-hubspot.ts';
import type { SimulatedHubSpotOptions, SimulatedLimits } from './simulated-hubspot.ts';

/**
 * The worker thread behind startSimulatedHubSpotWorker: builds and seeds the portfolio here (a dataset of 10,000
 * companies is not worth copying between threads), then answers the main thread's requests.
 */
export interface SimulatedHubSpotWorkerData {
  server: Omit<SimulatedHubSpotOptions, 'now' | 'onExchange'>;
  portfolio: SimulatedPortfolioOptions;
}

export type SimulatedHubSpotWorkerRequest = 'stats' | 'close' | { setLimits: SimulatedLimits };

const port = parentPort;
if (port === null) throw new Error('simulated-hubspot-worker.ts runs only as a worker thread');
const data = workerData as SimulatedHubSpotWorkerData;
const simulated = await createSimulatedHubSpot(data.server);
simulated.seed(buildSimulatedPortfolio(data.portfolio));
port.on('message', (request: SimulatedHubSpotWorkerRequest) => {
  if (request === 'stats') {
    port.postMessage({ stats: simulated.stats() });
    return;
  }
  if (request !== 'close') {
    simulated.setLimits(request.setLimits);
    port.postMessage({ limitsSet: true });
    return;
  }
  void simulated.close().then(() => {
    port.postMessage({ closed: true });
    port.close();
  });
});
port.postMessage({ baseUrl: simulated.baseUrl });
