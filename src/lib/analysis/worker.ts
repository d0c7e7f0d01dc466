/**
 * Module Web Worker running the spatial statistics off the main thread, so the map stays
 * responsive during 9 999 permutations. Create it with
 * `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })` (see client.ts).
 */
import { handleRequest, transferables, type AnalysisRequest } from './protocol';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
	postMessage: (message: unknown, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
	const response = handleRequest(event.data);
	scope.postMessage(response, response.ok ? transferables(response.result) : []);
};
