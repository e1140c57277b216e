/**
 * In-page measurements for bench/browser.ts. These functions are serialised by Playwright and run inside the page:
 * they must not close over anything from this module (only their arguments and the DOM).
 */

/**
 * Moves a range input to `value` the way a user's drag does (native value setter + input/change events, so React's
 * onChange fires) and resolves with the ms until the text of every `watched` element has changed — observed with
 * MutationObservers, timed with performance.now() in the page. Rejects after `timeoutMs`.
 */
export function sliderToTextLatency([input, watched, value, timeoutMs]: readonly [
  Element,
  readonly Element[],
  number,
  number,
]): Promise<number> {
  const slider = input as HTMLInputElement;
  return new Promise((resolve, reject) => {
    let t0 = 0;
    let waiting = watched.length;
    const observers = watched.map((el) => {
      const before = el.textContent;
      const observer = new MutationObserver(() => {
        if (el.textContent === before) return;
        observer.disconnect();
        if (--waiting > 0) return;
        clearTimeout(timer);
        resolve(performance.now() - t0);
      });
      observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: false });
      return observer;
    });
    const timer = setTimeout(() => {
      for (const o of observers) o.disconnect();
      reject(new Error(`the watched text did not change within ${timeoutMs} ms`));
    }, timeoutMs);
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    t0 = performance.now();
    setter.call(slider, String(value));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    slider.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

/**
 * Starts counting animation frames; FRAME_COUNTER_STOP returns { frames, ms, longestFrameMs }. Source text rather
 * than functions: tsx (esbuild keepNames) wraps named inner functions in a `__name` helper the page does not have.
 */
export const FRAME_COUNTER_START = `(() => {
  const state = { frames: 0, running: true, start: performance.now(), last: performance.now(), longest: 0 };
  window.__frames = state;
  requestAnimationFrame(function tick(now) {
    if (!state.running) return;
    state.frames++;
    state.longest = Math.max(state.longest, now - state.last);
    state.last = now;
    requestAnimationFrame(tick);
  });
})()`;

export const FRAME_COUNTER_STOP = `(() => {
  const state = window.__frames;
  state.running = false;
  return { frames: state.frames, ms: performance.now() - state.start, longestFrameMs: state.longest };
})()`;
