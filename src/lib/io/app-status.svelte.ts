/**
 * The site's connection and version, for the header: offline or not, and whether a new version
 * of the site (code or data) is waiting. The service worker never switches version behind the
 * user's back: a French prompt offers to reload, and every tab reloads on the new files.
 * The service worker is registered here rather than by SvelteKit, once the page has finished its
 * own start (`pageSettled`: its first install copies the whole site); a while later the page asks
 * it to keep the engine files for offline use.
 */
import { dev } from '$app/environment';
import { resolve } from '$app/paths';
import { pageSettled } from './page-settled';

/** How long after the page's start the engine files are fetched for offline use. */
const WARM_AFTER_MS = 4000;
export class AppStatus {
	online = $state(true);
	updateReady = $state(false);
	#waiting: ServiceWorker | null = null;
	#reloading = false;
	#watched = new WeakSet<ServiceWorkerRegistration>();

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
		let stopped = false;
		let idle: ReturnType<typeof setTimeout> | undefined;
		// A repeat visit: the version already installed is watched at once, so that a waiting new
		// version is offered without waiting for the page's start.
		void sw
			?.getRegistration()
			.then((reg) => !stopped && reg && this.#watch(reg))
			.catch(() => {});
		void pageSettled().then(async () => {
			if (stopped || !sw) return;
			const reg = await this.#register(sw);
			if (reg) this.#watch(reg);
			idle = setTimeout(() => void this.#warmEngine(), WARM_AFTER_MS);
		});
		return () => {
			stopped = true;
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

	/** The site's service worker (a module in development, as Vite serves it). */
	async #register(sw: ServiceWorkerContainer): Promise<ServiceWorkerRegistration | null> {
		try {
			return await sw.register(`${resolve('/')}service-worker.js`, {
				type: dev ? 'module' : 'classic'
			});
		} catch {
			return null; // no offline copy (private window, blocked): the site works online as before
		}
	}

	#watch(reg: ServiceWorkerRegistration): void {
		if (this.#watched.has(reg)) return;
		this.#watched.add(reg);
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
