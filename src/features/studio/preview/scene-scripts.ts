import type { SceneId } from '../scenes';
import { abortReason } from '../../../platform/abort-reason';

/**
 * States that follow a user's action: the preview performs the action on the real page (the
 * frame itself takes no input), e.g. pressing one-click login unticked opens the consent popup.
 */
const SCRIPTS: Partial<Record<SceneId, string>> = {
  'consent-popup': '.oc-login',
  'password-login-errors': 'form button[type="submit"]',
};

/** The first element matching `selector`, as soon as the page has drawn it. */
function whenElement(selector: string, signal: AbortSignal): Promise<HTMLElement> {
  return new Promise((resolve, reject) => {
    const find = () => document.querySelector<HTMLElement>(selector);
    const found = find();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const element = find();
      if (!element) return;
      observer.disconnect();
      resolve(element);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      reject(abortReason(signal));
    });
  });
}

export function runSceneScript(scene: SceneId, signal: AbortSignal): void {
  const selector = SCRIPTS[scene];
  if (!selector) return;
  whenElement(selector, signal).then(
    (element) => element.click(),
    () => undefined,
  );
}
