/**
 * The site's connection and version, for the header: offline or not, and whether a new version
 * of the site (code or data) is waiting. The service worker never switches version behind the
 * user's back: a French prompt offers to reload, and every tab reloads on the new files.
 * Once the page is idle, it asks the service worker to keep the engine files for offline use.
 */
export class AppStatus {
	online = $state(true);
	updateReady = $state(false);
	#waiting: ServiceWorker | null = null;
	#reloading = false;

	/** Starts listening; returns the function that stops. Browser only. */
	start(): () => void {
		this.online = navigator.onLine;
		const on = () => (this.online = true);
		const off = () => (this.online = false);
		window.addEventListener('online', on);
		window.addEventListener('offline', off);
		const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
		const onController = () => {
			if (this.#reloading) window.location.reload();
		};
		sw?.addEventListener('controllerchange', onController);
		void sw?.getRegistration().then((reg) => reg && this.#watch(reg));
		const idle = setTimeout(() => void this.#warmEngine(), 4000);
		return () => {
			clearTimeout(idle);
			window.removeEventListener('online', on);
			window.removeEventListener('offline', off);
			sw?.removeEventListener('controllerchange', onController);
		};
	}

	/** « Recharger »: the waiting version takes over, then the page reloads. */
	applyUpdate(): void {
		if (!this.#waiting) return window.location.reload();
		this.#reloading = true;
		this.#waiting.postMessage({ type: 'skip-waiting' });
	}

	#watch(reg: ServiceWorkerRegistration): void {
		const offer = (w: ServiceWorker) => {
			// The first install has no controller: nothing to update from.
			if (!navigator.serviceWorker.controller) return;
			this.#waiting = w;
			this.updateReady = true;
		};
		if (reg.waiting) offer(reg.waiting);
		reg.addEventListener('updatefound', () => {
			const w = reg.installing;
			w?.addEventListener('statechange', () => {
				if (w.state === 'installed') offer(w);
			});
		});
		// A forum laptop stays open for hours: look for a new version when the tab comes back.
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible' && navigator.onLine)
				void reg.update().catch(() => {});
		});
	}

	async #warmEngine(): Promise<void> {
		const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
		if (!sw || !navigator.onLine) return;
		try {
			const [reg, { engineBundle }] = await Promise.all([sw.ready, import('$lib/data/duckdb')]);
			const { mainModule, mainWorker } = await engineBundle();
			reg.active?.postMessage({ type: 'warm', urls: [mainModule, mainWorker] });
		} catch {
			/* no service worker here: the engine is cached when first used, as before */
		}
	}
}
