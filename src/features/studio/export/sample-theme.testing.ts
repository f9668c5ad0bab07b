import { PROPERTIES, type Kind, type PropertyName } from '../../../theme/properties';

/** A valid value of each kind, for the all-properties theme. */
function sampleValue(name: PropertyName, kind: Kind): unknown {
  switch (kind.type) {
    case 'color':
      return '#336699';
    case 'colors':
      return Array.from({ length: kind.max }, () => '#336699');
    case 'attributed':
      return { text: { 'zh-CN': '文字', en: 'Text' }, color: '#000000', fontSize: 16, fontWeight: 500 };
    case 'text':
      return { 'zh-CN': '文字', en: 'Text' };
    case 'texts':
      return ['和', { 'zh-CN': '、', en: ', ' }];
    case 'image':
      return `/themes/sample/${name}.png`;
    case 'images':
      return Array.from({ length: kind.max }, (_, i) => `/themes/sample/${name}-${i}.png`);
    case 'frame': {
      const frame = { x: 10, y: 20, width: 100, height: 40, dx: 1, dy: 2 };
      return Object.fromEntries(Object.entries(frame).filter(([key]) => !kind.only || (kind.only as readonly string[]).includes(key)));
    }
    case 'bool':
      return true;
    case 'number':
      return kind.max;
    case 'enum':
      return kind.values[kind.values.length - 1];
    case 'radii':
      return [1, 2, 3, 4];
    case 'font':
      return { size: 14, weight: 600 };
    case 'agreement':
      return [`《${name}》`, `https://example.com/${name}`];
    case 'insets':
      return { top: 1, left: 2, bottom: 3, right: 4 };
    case 'fontFamily':
      return '"PingFang SC", sans-serif';
    case 'customViews':
      return [{ id: 'sms', kind: 'button', text: 'SMS' }];
    case 'customView':
      return { id: 'help', kind: 'button', text: 'Help' };
    case 'dark':
      return { textColor: '#eeeeee', backgroundColor: '#000000' };
  }
}

/** A theme document setting every property of PROPERTIES (before validation). */
export function allPropertiesInput(): Record<string, unknown> {
  return Object.fromEntries((Object.keys(PROPERTIES) as PropertyName[]).map((name) => [name, sampleValue(name, PROPERTIES[name])]));
}
