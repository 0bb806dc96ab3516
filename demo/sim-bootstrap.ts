/**
 * `/demo-sim.js` — a classic script for the script-tag page (demo only; a real page leaves
 * it out): it starts the in-browser credit platform (msw's service worker, the same
 * simulation as the module pages) and tells the page when it answers, through
 * `window.creditWidgetsDemo.ready`. With `?endpoint=…` it starts nothing and hands that
 * endpoint on instead.
 */
import { endpointFromQuery } from './shared/endpoint.js';
import { startSimulation } from './shared/simulation.js';

export interface DemoPlatform {
  /** The endpoint that answers: `/api` (simulated) or the `?endpoint=` URL. */
  endpoint: string;
  simulated: boolean;
}

declare global {
  interface Window {
    creditWidgetsDemo?: { ready: Promise<DemoPlatform> };
  }
}

const remote = endpointFromQuery();
window.creditWidgetsDemo = {
  ready: remote
    ? Promise.resolve({ endpoint: remote, simulated: false })
    : startSimulation().then((simulation) => ({ endpoint: simulation.endpoint, simulated: true })),
};
