/** The hatch is drawn for screens of two device pixels per CSS pixel. */
export const HATCH_PIXEL_RATIO = 2;

/** A small diagonal-hatch image, drawn in code because the style loads no sprite from anywhere. */
export function hatchImage(
	colour: string,
	size = 12
): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(size * size * 4);
	const [r, g, b] = hexToRgb(colour);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const i = (y * size + x) * 4;
			// One diagonal line per tile, 2 px wide, which tiles seamlessly.
			const onLine = (x + y) % size < 2;
			data[i] = onLine ? r : 255;
			data[i + 1] = onLine ? g : 255;
			data[i + 2] = onLine ? b : 255;
			data[i + 3] = 255;
		}
	}
	return { width: size, height: size, data };
}

function hexToRgb(hex: string): [number, number, number] {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
