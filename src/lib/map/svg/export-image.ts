/**
 * The exported map as a PNG: the exported SVG document drawn onto a canvas at 1× or 2×, from a
 * blob: URL (no request leaves the machine, no third-party library).
 */
import { EXPORT_HEIGHT, EXPORT_WIDTH } from './export-svg';

/** A PNG of `svg` (an exported document) at `scale` × its CSS size. */
export async function svgToPng(svg: string, scale: 1 | 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.width = EXPORT_WIDTH;
		img.height = EXPORT_HEIGHT;
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('L’image de la carte n’a pas pu être dessinée.'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = EXPORT_WIDTH * scale;
		canvas.height = EXPORT_HEIGHT * scale;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('Ce navigateur ne permet pas de dessiner l’image (canvas 2D).');
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('L’image PNG n’a pas pu être produite.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
