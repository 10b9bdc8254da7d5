/** Browser-only: a horizontal swipe on an element, with its progress for visible feedback. */

export type SwipeDirection = 'left' | 'right';

export interface SwipeOptions {
	enabled: () => boolean;
	/** While dragging: the horizontal offset in px and how far to the threshold (−1…1, clamped). */
	onmove: (dx: number, progress: number) => void;
	onswipe: (direction: SwipeDirection) => void;
}

/** Movement before a drag counts as a swipe rather than a tap. */
const SLOP_PX = 10;

function threshold(node: HTMLElement): number {
	return Math.min(120, node.clientWidth * 0.3);
}

/** A Svelte attachment: `{@attach swipe({ … })}`. Vertical moves are left to scrolling (touch-action: pan-y). */
export function swipe(options: SwipeOptions) {
	return (node: HTMLElement) => {
		let start: { id: number; x: number; y: number } | undefined;
		let dragging = false;

		const reset = () => {
			start = undefined;
			dragging = false;
			options.onmove(0, 0);
		};
		const down = (event: PointerEvent) => {
			if (!options.enabled() || !event.isPrimary || event.button !== 0) return;
			start = { id: event.pointerId, x: event.clientX, y: event.clientY };
		};
		const move = (event: PointerEvent) => {
			if (!start || event.pointerId !== start.id) return;
			const dx = event.clientX - start.x;
			const dy = event.clientY - start.y;
			if (!dragging) {
				if (Math.abs(dy) > SLOP_PX && Math.abs(dy) > Math.abs(dx)) return reset();
				if (Math.abs(dx) < SLOP_PX) return;
				dragging = true;
				node.setPointerCapture(event.pointerId);
			}
			const limit = threshold(node);
			options.onmove(dx, Math.max(-1, Math.min(1, dx / limit)));
		};
		const up = (event: PointerEvent) => {
			if (!start || event.pointerId !== start.id) return;
			const dx = event.clientX - start.x;
			const swiped = dragging && Math.abs(dx) >= threshold(node);
			const wasDragging = dragging;
			reset();
			if (wasDragging) {
				// The drag is not also a click on whatever it started on.
				node.addEventListener('click', suppress, { capture: true, once: true });
				setTimeout(() => node.removeEventListener('click', suppress, true), 0);
			}
			if (swiped) options.onswipe(dx < 0 ? 'left' : 'right');
		};
		const suppress = (event: Event) => {
			event.stopPropagation();
			event.preventDefault();
		};

		node.addEventListener('pointerdown', down);
		node.addEventListener('pointermove', move);
		node.addEventListener('pointerup', up);
		node.addEventListener('pointercancel', reset);
		return () => {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointermove', move);
			node.removeEventListener('pointerup', up);
			node.removeEventListener('pointercancel', reset);
		};
	};
}
