import { PATHS } from '../../app/paths';
import { useEffect, useRef, useState } from 'react';
import * as v from 'valibot';
import type { Locale } from '../../i18n/locales';
import { useT } from '../../i18n/use-t';
import { DEVICES, type ColorScheme, type DeviceId, type SceneId } from './scenes';
import { readyMessage, SHOW, type ShowMessage } from './preview/protocol';
import type { ThemeDocument } from './studio-store';

/** Drawn size of each device frame: phones at 3/4, the tablet at 1/2, the desktop at 2/5. */
const SCALE: Record<DeviceId, number> = { 'phone-small': 0.75, phone: 0.75, tablet: 0.5, desktop: 0.4 };
/** Keystrokes are gathered before the frames redraw. */
const SETTLE_MS = 120;

function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

export interface PreviewSettings {
  scenes: readonly SceneId[];
  devices: readonly DeviceId[];
  locale: Locale;
  scheme: ColorScheme;
}

/** The previews, side by side: every chosen state in every chosen device, all showing the same theme. */
export function Previews({ theme, settings, sceneLabel, deviceLabel }: { theme: ThemeDocument; settings: PreviewSettings; sceneLabel: (scene: SceneId) => string; deviceLabel: (device: DeviceId) => string }) {
  const settled = useSettled(theme);
  return (
    <div className="sp-frames">
      {settings.scenes.flatMap((scene) =>
        settings.devices.map((device) => (
          <DeviceFrame key={`${scene}:${device}`} device={device} title={`${sceneLabel(scene)} · ${deviceLabel(device)}`} scene={scene} theme={settled} locale={settings.locale} scheme={settings.scheme} />
        )),
      )}
    </div>
  );
}

type Shown = Omit<ShowMessage, 'type'>;

function DeviceFrame({ device, title, scene, theme, locale, scheme }: { device: DeviceId; title: string } & Shown) {
  const t = useT();
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  const { width, height } = DEVICES[device];
  const scale = SCALE[device];

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== frame.current?.contentWindow) return;
      if (v.is(readyMessage, event.data)) setReady(true);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  // Sent when what it shows changes, not on every redraw of the studio (a theme can carry images).
  useEffect(() => {
    // As JSON would carry it: keys left undefined are not sent.
    const message: ShowMessage = JSON.parse(JSON.stringify({ type: SHOW, scene, theme, locale, scheme })) as ShowMessage;
    if (ready) frame.current?.contentWindow?.postMessage(message, window.location.origin);
  }, [ready, scene, theme, locale, scheme]);

  return (
    <figure className="sp-device" data-device={device} data-scene={scene}>
      <div className="sp-screen" style={{ width: width * scale, height: height * scale }}>
        <iframe
          ref={frame}
          src={PATHS.studioPreview}
          title={title}
          width={width}
          height={height}
          style={{ transform: `scale(${scale})` }}
          // The frames show states; they take no input (and never take focus from the editor).
          inert
          tabIndex={-1}
        />
      </div>
      <figcaption>
        {title} <span className="sp-size">{t('studio.deviceSize', { width, height })}</span>
      </figcaption>
    </figure>
  );
}
