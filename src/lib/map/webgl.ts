/** Whether this browser can give MapLibre a WebGL2 context (some administration PCs cannot). */
export function hasWebGL2(): boolean {
	try {
		return !!document.createElement('canvas').getContext('webgl2');
	} catch {
		return false;
	}
}
