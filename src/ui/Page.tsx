import { useEffect, useRef, type ReactNode } from 'react';
import { useTheme } from '../theme/store';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The Page shown on first load: it must not steal focus (the user starts at the top of the document). */
let firstPage: object | undefined;

/**
 * One screen: header with the language switcher, and a card headed by the page's h1. When a new
 * screen replaces another inside the app (not on first load) focus moves to its heading, so
 * keyboard and screen-reader users start at the new step.
 */
export function Page({ title, notice, children }: { title: string; notice?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const logo = useTheme((s) => (s.theme.logoIsHidden ? undefined : s.theme.logoImage));
  const instance = useRef({});
  useEffect(() => {
    // Compared by identity, so React's development double-run of effects does not count as new.
    firstPage ??= instance.current;
    if (firstPage !== instance.current) heading.current?.focus();
  }, []);
  return (
    <>
      <header className="page-header">
        <LanguageSwitcher />
      </header>
      <main className="page-main" id="main">
        <div className="card">
          {logo && <img className="page-logo" src={logo} alt="" />}
          <h1 className="page-title" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {notice && <div className="page-notice">{notice}</div>}
          {children}
        </div>
      </main>
    </>
  );
}
