/** Downloads text built in memory (Blob): nothing leaves the machine. */
export function downloadText(text: string, type: string, fileName: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.click();
	// Revoke later: Chromium starts the download asynchronously.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
