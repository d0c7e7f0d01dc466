import { onMount } from 'svelte';

/**
 * Whether the component has mounted, that is, whether the page's script runs. Controls that need
 * the browser (its storage, a button with a handler) are left out of the prerendered HTML until
 * then. Call during component initialisation.
 */
export function useMounted(): { readonly current: boolean } {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	return {
		get current() {
			return mounted;
		}
	};
}
