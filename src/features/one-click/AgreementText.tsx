import type { MouseEvent } from 'react';
import { useLocale, useT } from '../../i18n/use-t';
import { localText, type Theme } from '../../theme/model';
import { connector, opensInViewer, type AgreementLink } from './agreements';

interface AgreementTextProps {
  theme: Theme;
  links: AgreementLink[];
  pre: string | undefined;
  suf: string | undefined;
  onOpen: (link: AgreementLink) => void;
}

/** "登录即同意《…》和《…》并授权…": the agreements as real links, the carrier's among them. */
export function AgreementText({ theme, links, pre, suf, onOpen }: AgreementTextProps) {
  const t = useT();
  const locale = useLocale();
  const defaults = t('oneClick.privacy.connectors').split('|');
  const open = (link: AgreementLink) => (event: MouseEvent) => {
    // Same-origin agreements open in the viewer; the others follow the link into a new window.
    if (opensInViewer(link.url)) event.preventDefault();
    onOpen(link);
  };
  return (
    <>
      {pre ?? t('oneClick.privacy.pre')}
      {links.map((link, i) => (
        <span key={link.id}>
          {i > 0 && connector(theme, defaults, i, locale)}
          <a
            href={link.url}
            className={`oc-link oc-link-${link.id}`}
            onClick={open(link)}
            {...(opensInViewer(link.url) ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
          >
            {link.label}
            {!opensInViewer(link.url) && <span className="visually-hidden">{t('oneClick.newTab')}</span>}
          </a>
        </span>
      ))}
      {suf ?? t('oneClick.privacy.suf')}
    </>
  );
}

export function themedText(theme: Theme, key: 'privacyPreText' | 'privacySufText' | 'privacyAlertPreText' | 'privacyAlertSufText', locale: Parameters<typeof localText>[1]): string | undefined {
  return localText(theme[key], locale);
}
