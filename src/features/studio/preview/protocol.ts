import * as v from 'valibot';
import { LOCALES } from '../../../i18n/locales';
import { SCENE_IDS } from '../scenes';

/**
 * Messages between the studio and its preview frames (same origin only, checked on both sides):
 * the studio says what to show; a frame says when it is ready to be told.
 */
export const SHOW = 'idaas-studio:show';
export const READY = 'idaas-studio:ready';

export const showMessage = v.object({
  type: v.literal(SHOW),
  scene: v.picklist(SCENE_IDS),
  /** The theme document as edited (validated again by the frame: a message is data from outside). */
  theme: v.record(v.string(), v.unknown()),
  locale: v.picklist(LOCALES),
  scheme: v.picklist(['light', 'dark']),
});
export type ShowMessage = v.InferOutput<typeof showMessage>;

export const readyMessage = v.object({ type: v.literal(READY) });
