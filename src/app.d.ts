// Types shared by the SvelteKit app (see the SvelteKit documentation on app.d.ts).
declare global {
	namespace App {}
}

export {};
