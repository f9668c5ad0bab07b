import { useEffect, useMemo, useState } from 'react';
import { contrastWarnings } from '../../../theme/contrast';
import type { Theme, ThemeProblem } from '../../../theme/model';
import type { ColorScheme } from '../scenes';

/** Where each colour the contrast check names is drawn (the page's own class names). */
const TARGETS: Record<string, string> = {
  navTitleColor: '.oc-nav-title, .page-header',
  'navTitle.color': '.oc-nav-title',
  'loginBtnText.color': '.oc-login',
  'changeBtnTitle.color': '.oc-change',
  'sloganText.color': '.oc-slogan',
  numberColor: '.oc-number',
  'privacyColors[0]': '.oc-privacy-line',
  'privacyColors[1]': '.oc-privacy-line a',
  privacyOperatorColor: '.oc-privacy-line a',
  mutedColor: '.oc-slogan, .field-hint',
  textColor: '.page-title, .oc-number',
  linkColor: '.page-links a',
  errorColor: '.field-error',
  primaryColor: '.btn-primary, .oc-login',
};

interface Mark {
  key: string;
  top: number;
  left: number;
  text: string;
}

/** The warnings that apply in this scheme, by the key of TARGETS (the dark variant's own when dark). */
function warningsFor(theme: Theme, scheme: ColorScheme): { key: string; problem: ThemeProblem }[] {
  const prefix = scheme === 'dark' ? '$.dark.' : '$.';
  return contrastWarnings(theme)
    .filter((p) => p.path.startsWith(prefix) && (scheme === 'dark' || !p.path.startsWith('$.dark.')))
    .map((problem) => ({ key: problem.path.slice(prefix.length), problem }));
}

const ratioOf = (message: string) => /contrast ([\d.]+:1)/.exec(message)?.[1] ?? '';

/**
 * Contrast warnings on the preview element at fault (issue 6): the element is outlined and a badge
 * with its ratio sits on it; redrawn as the page changes (lazy parts, dialogs) and scrolls.
 */
export function ContrastMarks({ theme, scheme, revision }: { theme: Theme; scheme: ColorScheme; revision: number }) {
  const warnings = useMemo(() => warningsFor(theme, scheme), [theme, scheme]);
  const [marks, setMarks] = useState<Mark[]>([]);

  useEffect(() => {
    let frame = 0;
    const marked = new Set<Element>();
    const draw = () => {
      frame = 0;
      const next: Mark[] = [];
      const now = new Set<Element>();
      for (const { key, problem } of warnings) {
        const selector = TARGETS[key];
        if (!selector) continue;
        for (const element of document.querySelectorAll(selector)) {
          if (element.closest('.studio-marks')) continue;
          now.add(element);
          element.setAttribute('data-studio-contrast', problem.message);
          const rect = element.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          next.push({ key: `${key}:${next.length}`, top: Math.max(0, rect.top - 10), left: Math.max(0, rect.right - 56), text: `${ratioOf(problem.message)} ⚠` });
        }
      }
      for (const element of marked) if (!now.has(element)) element.removeAttribute('data-studio-contrast');
      marked.clear();
      for (const element of now) marked.add(element);
      setMarks((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(draw);
    };
    // Our own badges change the DOM too: only the page's changes ask for a redraw.
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !(r.target instanceof Element && r.target.closest('.studio-marks')))) schedule();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden', 'open'] });
    window.addEventListener('scroll', schedule, true);
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('scroll', schedule, true);
      window.removeEventListener('resize', schedule);
      for (const element of marked) element.removeAttribute('data-studio-contrast');
    };
  }, [warnings, revision]);

  if (marks.length === 0) return null;
  return (
    <div className="studio-marks">
      {marks.map((mark) => (
        <span key={mark.key} className="studio-mark" style={{ top: mark.top, left: mark.left }}>
          {mark.text}
        </span>
      ))}
    </div>
  );
}
