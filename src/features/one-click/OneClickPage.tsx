import { Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { PATHS } from '../../app/paths';
import { Navigate, useNavigate } from 'react-router';
import { useAppConfig } from '../../config/app-config';
import { whenIdle } from '../../platform/when-idle';
import { useI18n } from '../../i18n/store';
import { useLocale, useT } from '../../i18n/use-t';
import { localText, type CustomView, type Theme } from '../../theme/model';
import { useTheme } from '../../theme/store';
import { LanguageSwitcher } from '../../ui/LanguageSwitcher';
import { Modal } from '../../ui/Modal';
import { agreementLinks, opensInViewer, type AgreementLink } from './agreements';
import { AgreementText, themedText } from './AgreementText';
import type { NumberPreview } from './providers/types';
import { loadDelivery, loadSignInCode, otherMethodPath, useOneClick } from './use-one-click';
import './one-click.css';
import { retryingLazy } from '../../platform/chunk-load';

// What a first visit does not need: the dialogs, and the explanations of failures.
const loadDialogs = () => import('./dialogs');
const loadProblemView = () => import('./ProblemView');
const loadErrorAlert = () => import('../../ui/ErrorAlert');
const ConsentPopup = retryingLazy(async () => ({ default: (await loadDialogs()).ConsentPopup }));
const AgreementViewer = retryingLazy(async () => ({ default: (await loadDialogs()).AgreementViewer }));
const ProblemView = retryingLazy(loadProblemView);
const HiddenDigitsField = retryingLazy(() => import('./HiddenDigitsField'));
const ErrorAlert = retryingLazy(async () => ({ default: (await loadErrorAlert()).ErrorAlert }));

/**
 * Fetched once the authorization page is idle, so that a failure later (the connection lost as
 * login is pressed) can still be explained: a lazy part that cannot load offline would otherwise
 * take the page down with it.
 */
function prefetchLaterParts(): void {
  for (const load of [loadDialogs, loadProblemView, loadErrorAlert, loadDelivery, loadSignInCode]) void load().catch(() => undefined);
}

const TOAST_MS = 3000;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** `/one-click`: the authorization page (docs/one-click.md, "The flow"), themed by the TXCustomModel-shaped theme. */
export default function OneClickPage() {
  const enabled = useAppConfig().methods.enabled.includes('one-click');
  return enabled ? <OneClickFlow /> : <Navigate to={PATHS.home} replace />;
}

function OneClickFlow() {
  const t = useT();
  const theme = useTheme((s) => s.theme);
  const flow = useOneClick();
  const { phase } = flow;

  if (phase.name === 'checking') {
    return (
      <Frame theme={theme} title={t('oneClick.title')} onBack={() => flow.leave('700000')}>
        <p className="oc-checking" role="status">
          <span className="spinner" aria-hidden="true" /> {t('oneClick.checking')}
        </p>
      </Frame>
    );
  }
  if (phase.name === 'fix-and-retry') {
    return (
      <Frame theme={theme} title={t('oneClick.title')} onBack={() => flow.leave('700000')}>
        <div className="oc-problem">
          <Suspense fallback={null}>
            <ProblemView code={phase.code} onRetry={flow.retry} />
          </Suspense>
          <OtherMethodsLink />
        </div>
      </Frame>
    );
  }
  return <AuthorizationPage theme={theme} flow={flow} preview={phase.preview} />;
}

function OtherMethodsLink() {
  const t = useT();
  const navigate = useNavigate();
  const path = otherMethodPath(useAppConfig());
  if (!path) return null;
  return (
    <button type="button" className="btn btn-secondary" onClick={() => void navigate(path, { replace: true })}>
      {t('oneClick.useOther')}
    </button>
  );
}

/** The nav bar and the page around the content; in window mode the content sits in a dialog over a mask. */
function Frame({ theme, title, onBack, more, children }: { theme: Theme; title: string; onBack: (() => void) | undefined; more?: ReactNode; children: ReactNode }) {
  const t = useT();
  const titleId = useId();
  const windowMode = theme.contentViewFrame !== undefined;
  const barHidden = windowMode ? theme.alertBarIsHidden : theme.navIsHidden;
  const back = onBack && !theme.hideNavBackItem && (
    <button type="button" className="oc-back" onClick={onBack} aria-label={windowMode ? t('oneClick.close') : t('oneClick.back')}>
      {(windowMode ? theme.alertCloseImage : theme.navBackImage) ? <img src={windowMode ? theme.alertCloseImage : theme.navBackImage} alt="" /> : <span aria-hidden="true">{windowMode ? '×' : '‹'}</span>}
    </button>
  );
  const nav = (
    <header className={windowMode ? 'oc-alert-bar' : 'oc-nav'} hidden={barHidden}>
      {!windowMode && back}
      <h1 id={titleId} className="oc-nav-title">
        {title}
      </h1>
      <div className="oc-nav-end">
        {more}
        <LanguageSwitcher />
        {windowMode && !theme.alertCloseItemIsHidden && back}
      </div>
    </header>
  );
  if (!windowMode) {
    return (
      <div className="oc oc-page">
        {nav}
        <main className="oc-content" id="main">
          {theme.navIsHidden && <h1 className="visually-hidden">{title}</h1>}
          {theme.navIsHidden && <div className="oc-lang">{<LanguageSwitcher />}</div>}
          {children}
        </main>
      </div>
    );
  }
  return (
    <div className="oc oc-window-page">
      <Modal className="oc-window" labelledBy={titleId} onDismiss={() => onBack?.()} closeOnMask={theme.tapAuthPageMaskClosePage ?? false}>
        {nav}
        <div className="oc-content">
          {barHidden && <div className="oc-lang">{<LanguageSwitcher />}</div>}
          {children}
        </div>
      </Modal>
    </div>
  );
}

type Flow = ReturnType<typeof useOneClick>;

function AuthorizationPage({ theme, flow, preview }: { theme: Theme; flow: Flow; preview: NumberPreview }) {
  const t = useT();
  const locale = useLocale();
  // A theme that hides the box asks for no tick: pressing login is the consent ("登录即同意").
  const [checked, setChecked] = useState(theme.checkBoxIsHidden === true || (theme.checkBoxIsChecked ?? false));
  const [toast, setToast] = useState(false);
  const [shake, setShake] = useState(0);
  const [consent, setConsent] = useState(false);
  const [viewing, setViewing] = useState<AgreementLink>();
  const [digits, setDigits] = useState('');
  const [digitsError, setDigitsError] = useState(false);
  const [exiting, setExiting] = useState(false);
  const digitsInput = useRef<HTMLInputElement>(null);
  const busy = flow.phase.name === 'logging-in' || flow.leaving;

  const ensureErrors = useI18n((s) => s.ensureErrors);
  // The tenant's error messages too, as every screen that calls the tenant does (useTenantAction).
  useEffect(() => whenIdle(() => (prefetchLaterParts(), void ensureErrors())), [ensureErrors]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(false), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const text = (value: Theme['navTitle'], fallback: string) => localText(value?.text, locale) ?? fallback;
  const operatorName = t(`oneClick.operator.${preview.carrier}`);
  const links = agreementLinks(theme, preview.carrier, operatorName, locale);

  /** The exit animation (none under reduced motion), then `then`. */
  const animateExit = (then: () => void) => {
    const duration = (theme.animationDuration ?? 0.3) * 1000;
    if (theme.exitAnimation === 'none' || prefersReducedMotion() || duration === 0) return then();
    setExiting(true);
    setTimeout(then, duration);
  };

  const toggle = (next: boolean) => {
    setChecked(next);
    flow.emit('700003', { checked: next });
  };

  const openAgreement = (link: AgreementLink) => {
    flow.emit('700004', { name: link.label, url: link.url });
    if (opensInViewer(link.url)) setViewing(link);
  };

  // Not while signing in: the host must not hear "left" and then "signed in".
  const back = () => !busy && flow.leave('700000', animateExit);
  const otherMethods = () => !busy && flow.leave('700001', animateExit);

  const proceed = () => {
    if (preview.needsHiddenDigits && !/^\d{4}$/.test(digits)) {
      setDigitsError(true);
      digitsInput.current?.focus();
      return;
    }
    void flow.login(preview, preview.needsHiddenDigits ? digits : undefined);
  };

  const pressLogin = () => {
    if (busy) return;
    flow.emit('700002', { checked });
    if (checked) return proceed();
    // Unticked: no request. The second consent popup when configured, else the toast and the shake.
    if (theme.privacyAlertIsNeedShow) return setConsent(true);
    if (!theme.logBtnToastHidden) setToast(true);
    setShake((n) => n + 1);
  };

  const agreeInPopup = () => {
    setConsent(false);
    toggle(true);
    if (theme.privacyAlertIsNeedAutoLogin) proceed();
  };

  const box = (
    <input
      type="checkbox"
      className="oc-checkbox"
      checked={checked}
      onChange={(event) => toggle(event.target.checked)}
      aria-label={t('oneClick.agree')}
      aria-describedby="oc-agreements"
    />
  );
  const expanded = theme.expandAuthPageCheckedScope ?? false;
  // Outside the expanded scope the box gets its own 44 px target (a label around it alone).
  const checkbox = !theme.checkBoxIsHidden && (expanded ? <span className="oc-checkbox-target">{box}</span> : <label className="oc-checkbox-target">{box}</label>);
  const agreementText = (
    <AgreementText theme={theme} links={links} pre={themedText(theme, 'privacyPreText', locale)} suf={themedText(theme, 'privacySufText', locale)} onOpen={openAgreement} />
  );

  return (
    <Frame theme={theme} title={text(theme.contentViewFrame && theme.alertTitle ? theme.alertTitle : theme.navTitle, t('oneClick.title'))} onBack={back} more={theme.navMoreView && <Custom view={theme.navMoreView} flow={flow} locale={locale} />}>
      <div className="oc-body" data-enter={theme.entryAnimation ?? 'slide'} data-from={theme.presentDirection ?? 'bottom'} data-exiting={exiting || undefined}>
        {theme.logoImage && <img className="oc-logo" src={theme.logoImage} alt="" data-hidden={theme.logoIsHidden || undefined} />}
        <p className="oc-slogan" data-hidden={theme.sloganIsHidden || undefined}>
          {text(theme.sloganText, t(`oneClick.slogan.${preview.carrier}`))}
        </p>
        <p className="oc-number">
          <span aria-hidden="true">{preview.maskedNumber}</span>
          <span className="visually-hidden">{t('oneClick.numberLabel', { number: preview.maskedNumber })}</span>
        </p>
        {preview.needsHiddenDigits && (
          <Suspense fallback={null}>
            <HiddenDigitsField ref={digitsInput} maskedNumber={preview.maskedNumber} value={digits} invalid={digitsError} onChange={(value) => {
              setDigits(value);
              setDigitsError(false);
            }} />
          </Suspense>
        )}
        {flow.phase.name === 'tenant-failed' && (
          <Suspense fallback={null}>
            <ErrorAlert error={flow.phase.error} onRetry={pressLogin} />
          </Suspense>
        )}
        <button type="button" className="oc-login" data-unticked={!checked || undefined} aria-busy={busy || undefined} aria-disabled={busy || undefined} onClick={pressLogin}>
          {busy && <span className="spinner" aria-hidden="true" />}
          <span>{busy ? t('oneClick.loggingIn') : text(theme.loginBtnText, t('oneClick.login'))}</span>
        </button>
        {!theme.changeBtnIsHidden && (
          <button type="button" className="oc-change" onClick={otherMethods}>
            {text(theme.changeBtnTitle, t('oneClick.other'))}
          </button>
        )}
        {theme.customViews?.map((view) => <Custom key={view.id} view={view} flow={flow} locale={locale} />)}
        <div className="oc-privacy" key={shake} data-shake={shake > 0 && theme.privacyAnimation !== 'none' ? true : undefined}>
          {checkbox && expanded ? (
            // The whole agreement line ticks the box (links still open their agreement).
            <label className="oc-privacy-line">
              {checkbox}
              <span id="oc-agreements">{agreementText}</span>
            </label>
          ) : (
            <p className="oc-privacy-line">
              {checkbox}
              <span id="oc-agreements">{agreementText}</span>
            </p>
          )}
        </div>
      </div>
      <div className="oc-toast-region" role="status">
        {toast && <p className="oc-toast">{localText(theme.logBtnToastText, locale) ?? t('oneClick.toast')}</p>}
      </div>
      <Suspense fallback={null}>
        {consent && <ConsentPopup theme={theme} links={links} onAgree={agreeInPopup} onClose={() => setConsent(false)} onOpen={openAgreement} />}
        {viewing && <AgreementViewer link={viewing} onClose={() => setViewing(undefined)} />}
      </Suspense>
    </Frame>
  );
}

function Custom({ view, flow, locale }: { view: CustomView; flow: Flow; locale: Parameters<typeof localText>[1] }) {
  const press = () => flow.emit('customView', { id: view.id });
  const style = { color: view.style?.color, backgroundColor: view.style?.backgroundColor, fontSize: view.style?.fontSize };
  const content = view.kind === 'image' ? <img src={view.src} alt={localText(view.alt, locale) ?? ''} /> : localText(view.text, locale);
  return (
    <button type="button" className={`oc-custom oc-custom-${view.kind}`} data-id={view.id} style={{ ...style, ...frameStyle(view) }} onClick={press}>
      {content}
    </button>
  );
}

function frameStyle({ frame }: CustomView) {
  if (!frame) return {};
  const absolute = frame.x !== undefined || frame.y !== undefined;
  return {
    ...(absolute ? { position: 'absolute' as const, left: frame.x, top: frame.y } : {}),
    width: frame.width,
    height: frame.height,
    translate: frame.dx !== undefined || frame.dy !== undefined ? `${frame.dx ?? 0}px ${frame.dy ?? 0}px` : undefined,
  };
}
