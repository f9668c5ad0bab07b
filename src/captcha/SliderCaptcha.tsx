import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { asIdaasError, IdaasError } from '../api/errors';
import { useIdaasClient } from '../api/react';
import { useAppConfig } from '../config/app-config';
import type { CaptchaPuzzle } from '../api/schemas';
import type { MessageKey } from '../i18n/messages/zh-CN';
import { useT } from '../i18n/use-t';
import { ErrorAlert } from '../ui/ErrorAlert';
import { clampOffset, MAX_OFFSET, PIECE_WIDTH, pointJson, REFERENCE_WIDTH, toReference } from './point';
import './captcha.css';

export interface SliderCaptchaProps {
  /** The mobile number (wire form) the SMS will go to: the tenant binds the captcha_token to it. */
  sender: string;
  onSolved: (captchaToken: string) => void;
  /** The user closed the check: code 105. */
  onClose: () => void;
}

/** Puzzles live 120 s at the tenant: a fresh one replaces the old a little before. */
const PUZZLE_REFRESH_MS = 110_000;
/** "Check passed" stays in view this long before the dialog gives way. */
const PASSED_PAUSE_MS = 600;
/** A press on the handle that moves less than this (rendered px) is a click or tap, not a drag: no answer. */
const CLICK_SLOP_PX = 3;

type Phase = 'loading' | 'ready' | 'checking' | 'passed' | 'error';
type Status = 'loading' | 'checking' | 'passed' | 'failed' | 'expired' | 'loadFailed';

const statusMessages: Record<Status, MessageKey> = {
  loading: 'captcha.loading',
  checking: 'captcha.checking',
  passed: 'captcha.passed',
  failed: 'captcha.failed',
  expired: 'captcha.expired',
  loadFailed: 'captcha.loadFailed',
};

interface Drag {
  pointerId: number;
  trackLeft: number;
  trackWidth: number;
  /** Where on the piece the pointer holds it, in rendered pixels. */
  grab: number;
  /** Where the press on the handle began (clientX); undefined for a press on the bar. */
  heldAt: number | undefined;
}

/**
 * The slider captcha (docs/captcha.md, "The widget"): a modal dialog with the tenant's puzzle. Drag the handle (mouse,
 * touch or pen), tap the bar where the piece fits, or use the arrow keys and Enter. One answer per
 * puzzle: a miss or an expiry brings a new one. Loaded on demand, when a code is first asked for.
 */
export default function SliderCaptcha({ sender, onSolved, onClose }: SliderCaptchaProps) {
  const t = useT();
  const client = useIdaasClient();
  const config = useAppConfig();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const track = useRef<HTMLDivElement>(null);
  const handle = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | undefined>(undefined);
  const loadTicket = useRef(0);
  const active = useRef(true);
  const [puzzle, setPuzzle] = useState<CaptchaPuzzle>();
  const [phase, setPhase] = useState<Phase>('loading');
  const [status, setStatus] = useState<Status>('loading');
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<IdaasError>();
  const [misses, setMisses] = useState(0);

  /** A new puzzle; only the latest request counts. */
  const fetchPuzzle = () => {
    const ticket = ++loadTicket.current;
    const current = () => ticket === loadTicket.current && active.current;
    return client.getCaptcha().then(
      (next) => {
        if (!current()) return;
        setPuzzle(next);
        setPhase('ready');
      },
      (cause: unknown) => {
        if (!current()) return;
        setError(asIdaasError(cause));
        setStatus('loadFailed');
        setPhase('error');
      },
    );
  };

  const load = (announce: Status) => {
    setPhase('loading');
    setStatus(announce);
    setOffset(0);
    setError(undefined);
    return fetchPuzzle();
  };

  useEffect(() => {
    active.current = true;
    // The handle is where keyboard users start; it stays in place across puzzles. showModal is not
    // on the support matrix's oldest engines: emulated there (ui/modal-emulation.ts).
    const element = dialog.current;
    if (element?.showModal) {
      element.showModal();
      handle.current?.focus();
    } else if (element) void import('../ui/modal-emulation').then((emulation) => emulation.emulateModal(element, handle.current));
    void fetchPuzzle();
    return () => {
      active.current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the dialog opens
  }, []);

  // A puzzle left alone is replaced before the tenant would refuse it (not one being checked).
  useEffect(() => {
    if (!puzzle || phase !== 'ready') return;
    const timer = setTimeout(() => void load('expired'), PUZZLE_REFRESH_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- per puzzle, while it waits for an answer
  }, [puzzle, phase]);

  const close = () => {
    active.current = false;
    dialog.current?.close();
    onClose();
  };

  const submit = async (answer: number) => {
    if (phase !== 'ready' || !puzzle) return;
    setPhase('checking');
    setStatus('checking');
    try {
      const point = pointJson(answer, puzzle.secretKey, config.tenant.captchaPointEncoding);
      const captchaToken = await client.verifyCaptcha({ pointJson: point, token: puzzle.token, sender });
      if (!active.current) return;
      setPhase('passed');
      setStatus('passed');
      // Long enough for "Check passed" to be seen and read out; not an animation, so kept with reduced motion.
      setTimeout(() => {
        if (!active.current) return;
        active.current = false;
        dialog.current?.close();
        onSolved(captchaToken);
      }, PASSED_PAUSE_MS);
    } catch (cause) {
      if (!active.current) return;
      const failure = cause instanceof RangeError ? new IdaasError({ kind: 'malformed', detail: cause.message }) : asIdaasError(cause);
      if (failure.meaning === 'wrong-slider') {
        setMisses((n) => n + 1);
        void load('failed');
      } else if (failure.meaning === 'puzzle-expired' || failure.meaning === 'expired') {
        void load('expired');
      } else {
        setError(failure);
        setPhase('error');
      }
    }
  };

  const pieceWidthOn = (trackWidth: number) => (trackWidth * PIECE_WIDTH) / REFERENCE_WIDTH;

  /** Pressing anywhere on the bar takes the piece: on the handle where it was held, elsewhere by its middle. */
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const bar = track.current;
    if (!bar || !event.isPrimary || event.button !== 0 || phase !== 'ready' || drag.current) return;
    event.preventDefault();
    const rect = bar.getBoundingClientRect();
    const onHandle = handle.current?.contains(event.target as Node) ?? false;
    const handleLeft = rect.left + (offset / REFERENCE_WIDTH) * rect.width;
    const grab = onHandle ? event.clientX - handleLeft : pieceWidthOn(rect.width) / 2;
    drag.current = { pointerId: event.pointerId, trackLeft: rect.left, trackWidth: rect.width, grab, heldAt: onHandle ? event.clientX : undefined };
    bar.setPointerCapture(event.pointerId);
    if (!onHandle) setOffset(toReference(event.clientX - grab - rect.left, rect.width));
    handle.current?.focus();
  };

  const positionFor = (event: PointerEvent<HTMLDivElement>, current: Drag) => toReference(event.clientX - current.grab - current.trackLeft, current.trackWidth);

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (current?.pointerId === event.pointerId) setOffset(positionFor(event, current));
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) return;
    drag.current = undefined;
    // Clicking or tapping the handle (say, to give it focus for the arrow keys) is not an answer.
    if (current.heldAt !== undefined && Math.abs(event.clientX - current.heldAt) < CLICK_SLOP_PX) return;
    const answer = positionFor(event, current);
    setOffset(answer);
    void submit(answer);
  };

  const onPointerCancel = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.pointerId !== event.pointerId) return;
    drag.current = undefined;
    setOffset(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (phase !== 'ready') return;
    const step = event.shiftKey ? 1 : 5;
    const moves: Record<string, number> = {
      ArrowRight: offset + step,
      ArrowUp: offset + step,
      ArrowLeft: offset - step,
      ArrowDown: offset - step,
      PageUp: offset + 30,
      PageDown: offset - 30,
      Home: 0,
      End: MAX_OFFSET,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setOffset(clampOffset(next));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void submit(offset);
    }
  };

  const percent = Math.round((offset / MAX_OFFSET) * 100);
  const position = { '--captcha-offset': offset / REFERENCE_WIDTH } as CSSProperties;
  const busy = phase !== 'ready';

  return (
    <dialog
      ref={dialog}
      className="picker captcha"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-instructions`}
      onCancel={(event) => {
        // Escape: closing is the user's answer (105), made through the same path as the button.
        event.preventDefault();
        close();
      }}
    >
      <div className="picker-body">
        <div className="picker-head">
          <h2 id={`${id}-title`} className="picker-title">
            {t('captcha.title')}
          </h2>
          <div className="captcha-tools">
            <button type="button" className="picker-close" aria-label={t('captcha.refresh')} disabled={phase === 'checking' || phase === 'passed'} onClick={() => void load('loading')}>
              <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 18 18">
                <path d="M15 9a6 6 0 1 1-1.8-4.3M15 2.5v3.7h-3.7" fill="none" stroke="currentColor" strokeWidth="2" />
              </svg>
            </button>
            <button type="button" className="picker-close" aria-label={t('common.close')} onClick={close}>
              <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 18 18">
                <path d="M3 3l12 12M15 3L3 15" stroke="currentColor" strokeWidth="2" />
              </svg>
            </button>
          </div>
        </div>
        <p id={`${id}-instructions`} className="captcha-instructions">
          {t('captcha.instructions')}
        </p>
        <div key={misses} className={`captcha-stage${misses > 0 ? ' is-missed' : ''}`} style={position}>
          {puzzle && phase !== 'loading' ? (
            <>
              <img className="captcha-background" src={`data:image/png;base64,${puzzle.backgroundPng}`} alt={t('captcha.image')} draggable={false} />
              <img className="captcha-piece" src={`data:image/png;base64,${puzzle.piecePng}`} alt="" draggable={false} />
            </>
          ) : (
            <div className="captcha-skeleton" aria-hidden="true" />
          )}
        </div>
        <div
          ref={track}
          className={`captcha-track is-${phase}`}
          style={position}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerCancel}
        >
          <div className="captcha-fill" aria-hidden="true" />
          <div
            ref={handle}
            className="captcha-handle"
            role="slider"
            tabIndex={0}
            aria-label={t('captcha.handle')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={t('captcha.valueText', { percent })}
            aria-disabled={busy || undefined}
            aria-describedby={`${id}-instructions`}
            onKeyDown={onKeyDown}
          >
            <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
              <path d="M4 10h12M11 5l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </div>
        </div>
        <p className="captcha-status" role="status">
          {/* A failed check speaks through its alert; a failed load is also said here. */}
          {(phase === 'error' && status !== 'loadFailed') || (status === 'loading' && phase !== 'loading') ? '' : t(statusMessages[status])}
        </p>
        {error && <ErrorAlert error={error} onRetry={() => void load('loading')} />}
      </div>
    </dialog>
  );
}
