import { useId } from 'react';
import { useLocale, useT } from '../../i18n/use-t';
import { localText, type Theme } from '../../theme/model';
import { useTheme } from '../../theme/store';
import { Modal } from '../../ui/Modal';
import type { AgreementLink } from './agreements';
import { AgreementText, themedText } from './AgreementText';
import './dialogs.css';

/** The authorization page's second consent popup and agreement viewer: loaded when one opens. */
export function ConsentPopup({ theme, links, onAgree, onClose, onOpen }: { theme: Theme; links: AgreementLink[]; onAgree: () => void; onClose: () => void; onOpen: (link: AgreementLink) => void }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <Modal
      className={theme.privacyAlertMaskIsNeedShow === false ? 'oc-consent oc-consent-nomask' : 'oc-consent'}
      labelledBy={id}
      onDismiss={onClose}
      closeOnMask={theme.tapPrivacyAlertMaskCloseAlert ?? true}
    >
      <div className="oc-consent-head">
        <h2 id={id} className="oc-consent-title">
          {localText(theme.privacyAlertTitleContent, locale) ?? t('oneClick.consent.title')}
        </h2>
        {theme.privacyAlertCloseButtonIsNeedShow !== false && (
          <button type="button" className="oc-back" onClick={onClose} aria-label={t('oneClick.close')}>
            {theme.privacyAlertCloseImage ? <img src={theme.privacyAlertCloseImage} alt="" /> : <span aria-hidden="true">×</span>}
          </button>
        )}
      </div>
      <p className="oc-consent-text">
        <AgreementText
          theme={theme}
          links={links}
          pre={themedText(theme, 'privacyAlertPreText', locale) ?? t('oneClick.consent.pre')}
          suf={themedText(theme, 'privacyAlertSufText', locale) ?? ''}
          onOpen={onOpen}
        />
      </p>
      <button type="button" className="oc-consent-agree" onClick={onAgree}>
        {localText(theme.privacyAlertBtnContent, locale) ?? t('oneClick.consent.agree')}
      </button>
    </Modal>
  );
}

/** Same-origin agreements in an in-page viewer with the theme's nav bar; the document is sandboxed (no scripts). */
export function AgreementViewer({ link, onClose }: { link: AgreementLink; onClose: () => void }) {
  const t = useT();
  const theme = useTheme((s) => s.theme);
  const id = useId();
  return (
    <Modal className="oc-viewer" labelledBy={id} onDismiss={onClose}>
      <header className="oc-viewer-nav">
        <button type="button" className="oc-back" onClick={onClose} aria-label={t('oneClick.viewer.back')}>
          {theme.privacyNavBackImage ? <img src={theme.privacyNavBackImage} alt="" /> : <span aria-hidden="true">‹</span>}
        </button>
        <h2 id={id} className="oc-viewer-title">
          {link.label}
        </h2>
      </header>
      <iframe className="oc-viewer-frame" src={link.url} title={link.label} sandbox="" referrerPolicy="no-referrer" />
    </Modal>
  );
}
