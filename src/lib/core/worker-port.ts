/**
 * The part of a Web Worker that the page's clients of a worker use (the store reader, the
 * import), typed by what they send and what comes back, so that tests can pass a fake; and the
 * one way they start it: a worker whose creation throws (a security policy) is no worker, and
 * the page then does the work itself.
 */

/** A worker as its client sees it: `Request` goes out, `Reply` comes back. */
export interface WorkerPort<Request, Reply> {
	postMessage(message: Request): void;
	onmessage: ((event: MessageEvent<Reply>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	terminate(): void;
}

/** The worker `create` builds, or null when none can run here or its creation throws. */
export function startWorker<W>(create: () => W | null): W | null {
	try {
		return create();
	} catch {
		return null;
	}
}
