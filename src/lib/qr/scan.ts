/**
 * Reads QR codes from the camera: the browser's BarcodeDetector where it has one, else jsQR, loaded only then.
 * Browser-only.
 */
interface Detector {
	detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

declare global {
	interface Window {
		BarcodeDetector?: new (options: { formats: string[] }) => Detector;
	}
}

async function decoder(): Promise<(canvas: HTMLCanvasElement) => Promise<string | undefined>> {
	const Native = window.BarcodeDetector;
	if (Native) {
		const detector = new Native({ formats: ['qr_code'] });
		return async (canvas) => (await detector.detect(canvas))[0]?.rawValue;
	}
	const { default: jsQR } = await import('jsqr');
	return async (canvas) => {
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) return undefined;
		const image = context.getImageData(0, 0, canvas.width, canvas.height);
		return jsQR(image.data, image.width, image.height)?.data;
	};
}

/**
 * Shows the camera in `video` and calls `onCode` for each QR code read (the same code once), until the returned
 * function is called. Throws when there is no camera or the person refuses it.
 */
export async function scanQr(video: HTMLVideoElement, onCode: (text: string) => void): Promise<() => void> {
	const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
	video.srcObject = stream;
	await video.play();
	const read = await decoder();
	const canvas = document.createElement('canvas');
	let stopped = false;
	let last = '';
	const tick = async () => {
		if (stopped) return;
		if (video.videoWidth) {
			canvas.width = video.videoWidth;
			canvas.height = video.videoHeight;
			canvas.getContext('2d')?.drawImage(video, 0, 0);
			const text = await read(canvas).catch(() => undefined);
			if (text && text !== last) {
				last = text;
				onCode(text);
			}
		}
		setTimeout(() => void tick(), 250);
	};
	void tick();
	return () => {
		stopped = true;
		for (const track of stream.getTracks()) track.stop();
		video.srcObject = null;
	};
}
